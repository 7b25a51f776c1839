import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, view } from '../api/client';
import type { ContactView, ContractView, CustomerView, PlanDetail } from '../api/catalogue-types';
import type { RefusalDetails, StaffTicket } from '../api/ticket-types';
import type { Page } from '../api/types';
import { useAction, useApiQuery, useLoad } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { PageHeader } from '../components/page-header';
import { useFormat } from '../i18n/format';
import { REFUSAL_REASON_KEYS } from '../tickets/labels';
import { useSeverityCatalog } from '../tickets/severities';
import { instantToWall, wallToInstant } from '../tickets/zoned-time';

/** R-K1: an agent logs a phone call as a ticket for a contact, with the call's instant (only on plans with phone). */
export function PhoneTicketPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const catalog = useSeverityCatalog();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [calledAt, setCalledAt] = useState(() => instantToWall(new Date(), f.timeZone));
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [severity, setSeverity] = useState<string | null>(null);

  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<CustomerView>>());
  const contacts = useLoad(['/admin/customers/{id}/contacts', customerId], (signal) => (customerId ? api.get('/admin/customers/{id}/contacts', { params: { path: { id: customerId }, query: { limit: 200 } }, signal }, view<Page<ContactView>>()) : Promise.resolve(null)));
  const plan = useLoad(['phone-intake-plan', customerId], async (signal) => {
      if (!customerId) return null;
      const today = new Date().toISOString().slice(0, 10);
      const contracts = await api.get('/admin/contracts', { params: { query: { customerId, activeOn: today, limit: 20 } }, signal }, view<Page<ContractView>>());
      const first = contracts.items[0];
      return first ? api.get('/admin/plans/{id}', { params: { path: { id: first.planId } }, signal }, view<PlanDetail>()) : null;
    });
  const terms = plan.data?.current?.terms;
  const offered = useMemo(() => {
    const codes = Object.keys(terms?.targets ?? {});
    const all = catalog.list.map((s) => s.code);
    const list = codes.includes('*') || codes.length === 0 ? all : all.filter((c) => codes.includes(c)).concat(codes.filter((c) => !all.includes(c)));
    return list;
  }, [terms, catalog.list]);
  const noPhone = terms && !terms.channels.includes('phone');

  // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
  const log = useAction((input: { contactId: string; calledAt: string; subject: string; body: string; severity: string }) => api.post('/agent/tickets/phone', { body: input }) as Promise<StaffTicket>);
  const calledIso = wallToInstant(calledAt, f.timeZone);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!contactId || !severity || !calledIso) return;
    const created = await log.run({ contactId, calledAt: calledIso, subject: subject.trim(), body: body.trim(), severity });
    if (created) {
      notifications.show({ color: 'teal', message: t('console.phone.created', { number: created.number }) });
      navigate(`/console/tickets/${created.id}`);
    }
  };
  const refusal = log.error && REFUSAL_REASON_KEYS[log.error.code];
  const details = (log.error?.details ?? {}) as RefusalDetails;
  const contactData = (contacts.data?.items ?? [])
    .filter((c) => !c.archivedAt)
    .sort((a, b) => Number(b.isAuthorized) - Number(a.isAuthorized) || a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.isAuthorized ? c.name : t('console.phone.notAuthorized', { name: c.name }) }));

  return (
    <>
      <PageHeader title={t('console.phone.title')} description={t('console.phone.description')} />
      <form onSubmit={submit} noValidate>
        <Stack maw={860}>
          {refusal ? (
            <Alert color="red" variant="light" title={t(refusal)} role="alert" data-testid="refusal">
              <Text size="sm">{log.error!.message}</Text>
              {details.unentitledRequestId && (
                <Anchor component={Link} to="/console/requests" size="sm">
                  {t('console.phone.keptLink')}
                </Anchor>
              )}
            </Alert>
          ) : (
            <ErrorAlert error={log.error} />
          )}
          {noPhone && (
            <Alert color="yellow" variant="light" title={t('console.phone.noPhoneTitle')}>
              {t('console.phone.noPhone', { plan: plan.data?.name ?? '' })}
            </Alert>
          )}
          <Paper withBorder p="lg">
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('tickets.fields.customer')}
                  required
                  searchable
                  nothingFoundMessage={t('common.noMatches')}
                  data={(customers.data?.items ?? []).filter((c) => !c.archivedAt).map((c) => ({ value: c.id, label: c.name }))}
                  value={customerId}
                  onChange={(v) => {
                    setCustomerId(v);
                    setContactId(null);
                    setSeverity(null);
                  }}
                  data-autofocus
                />
                <Select
                  label={t('console.phone.contact')}
                  required
                  searchable
                  nothingFoundMessage={t('common.noMatches')}
                  disabled={!customerId}
                  data={contactData}
                  value={contactId}
                  onChange={setContactId}
                />
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    type="datetime-local"
                    label={t('console.phone.calledAt')}
                    description={t('tickets.outcome.inZone', { zone: f.timeZone })}
                    required
                    value={calledAt}
                    onChange={(e) => setCalledAt(e.currentTarget.value)}
                    error={calledAt && !calledIso ? t('console.phone.badInstant') : undefined}
                    style={{ flex: 1 }}
                  />
                  <Button variant="default" onClick={() => setCalledAt(instantToWall(new Date(), f.timeZone))}>
                    {t('console.phone.now')}
                  </Button>
                </Group>
                <Select
                  label={t('tickets.fields.severity')}
                  required
                  disabled={!customerId}
                  data={offered.map((c) => ({ value: c, label: catalog.name(c) }))}
                  value={severity}
                  onChange={setSeverity}
                  description={severity ? catalog.definition(severity) : undefined}
                />
              </SimpleGrid>
              <TextInput label={t('portal.newTicket.subject')} required maxLength={300} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
              <Textarea label={t('console.phone.body')} required autosize minRows={5} maxRows={16} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
              <Group justify="flex-end">
                <Button component={Link} to="/console/queue" variant="default">
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={log.pending} disabled={!contactId || !severity || !calledIso || !subject.trim() || !body.trim()}>
                  {t('console.phone.submit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
    </>
  );
}
