import { Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Spoiler, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, view } from '../api/client';
import type { ContactView, CustomerView } from '../api/catalogue-types';
import type { StaffTicket, UnentitledRequest, UnentitledStatus } from '../api/ticket-types';
import type { Channel, Page } from '../api/types';
import { useAction, useApiQuery, useLoad } from '../api/use-api';
import { CHANNEL_KEYS } from '../admin/plans/terms-fields';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { InboxIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useFormat } from '../i18n/format';
import { REFUSAL_REASON_KEYS } from '../tickets/labels';
import { useSeverityCatalog } from '../tickets/severities';
import { usePhone } from '../tickets/status-badge';

const LIMIT = 25;
const STATUS_KEYS: Record<UnentitledStatus, string> = {
  open: 'console.requests.status.open',
  awaiting_approval: 'console.requests.status.awaiting_approval',
  converted: 'console.requests.status.converted',
  dismissed: 'console.requests.status.dismissed',
};

function ConvertModal({ request, onClose }: { request: UnentitledRequest | null; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const catalog = useSeverityCatalog();
  const [severity, setSeverity] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const customerId = request?.customerId ?? null;
  const contacts = useLoad(['/admin/customers/{id}/contacts', customerId, request?.contactId], (signal) => (customerId && !request?.contactId ? api.get('/admin/customers/{id}/contacts', { params: { path: { id: customerId }, query: { limit: 200 } }, signal }, view<Page<ContactView>>()) : Promise.resolve(null)));
  // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
  const convert = useAction((id: string, body: Record<string, unknown>) => api.post('/agent/unentitled-requests/{id}/convert', { params: { path: { id } }, body }) as Promise<StaffTicket>);
  const needsContact = request !== null && !request.contactId;
  return (
    <Modal opened={request !== null} onClose={onClose} title={t('console.requests.convertTitle')} size="lg">
      {request && (
        <Stack>
          <Text size="sm">{t('console.requests.convertIntro')}</Text>
          <ErrorAlert error={convert.error} />
          <Select
            label={t('tickets.fields.severity')}
            placeholder={request.proposedSeverity ? catalog.name(request.proposedSeverity) : undefined}
            description={t('console.requests.severityHint')}
            data={catalog.list.map((s) => ({ value: s.code, label: catalog.name(s.code) }))}
            value={severity}
            onChange={setSeverity}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          {needsContact && (
            <Select
              label={t('console.phone.contact')}
              required
              description={request.fromEmail ? t('console.requests.fromEmail', { email: request.fromEmail }) : undefined}
              data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={contactId}
              onChange={setContactId}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Textarea label={t('console.requests.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={convert.pending}
              disabled={needsContact && !contactId}
              onClick={async () => {
                const ticket = await convert.run(request.id, {
                  ...(severity ? { severity } : {}),
                  ...(contactId ? { contactId } : {}),
                  ...(note.trim() ? { note: note.trim() } : {}),
                });
                if (ticket) {
                  notifications.show({ color: 'teal', message: t('console.requests.converted', { number: ticket.number }) });
                  navigate(`/console/tickets/${ticket.id}`);
                }
              }}
            >
              {t('console.requests.convert')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Refused requests kept for people (R-C2, R-P5): convert into a ticket (recorded override) or dismiss with a note. */
export function RequestsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useSeverityCatalog();
  const [status, setStatus] = useState<UnentitledStatus>('open');
  const [offset, setOffset] = useState(0);
  const [converting, setConverting] = useState<UnentitledRequest | null>(null);
  const [dismissing, setDismissing] = useState<UnentitledRequest | null>(null);
  const [dismissNote, setDismissNote] = useState('');
  const list = useApiQuery('/agent/unentitled-requests', { params: { query: { status, limit: LIMIT, offset } } }, view<Page<UnentitledRequest>>());
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<CustomerView>>());
  const customerName = useMemo(() => new Map((customers.data?.items ?? []).map((c) => [c.id, c.name])), [customers.data]);
  const dismiss = useAction((id: string, note: string) => api.post('/agent/unentitled-requests/{id}/dismiss', { params: { path: { id } }, body: { note } }, view<UnentitledRequest>()));
  const phone = usePhone();
  const statusData = (Object.keys(STATUS_KEYS) as UnentitledStatus[]).map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }));

  return (
    <>
      <PageHeader title={t('console.requests.title')} description={t('console.requests.description')} />
      <Stack>
        {phone ? (
          <Select
            aria-label={t('tickets.filter.status')}
            allowDeselect={false}
            data={statusData}
            value={status}
            onChange={(v) => {
              if (!v) return;
              setStatus(v as UnentitledStatus);
              setOffset(0);
            }}
          />
        ) : (
          <SegmentedControl
            value={status}
            onChange={(v) => {
              setStatus(v as UnentitledStatus);
              setOffset(0);
            }}
            data={statusData}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        <ErrorAlert error={dismiss.error} />
        <LoadState state={list}>
          {(page) =>
            page.items.length === 0 ? (
              <Paper withBorder>
                <Empty icon={<InboxIcon size={28} />} title={t('console.requests.emptyTitle')} description={t('console.requests.emptyDescription')} />
              </Paper>
            ) : (
              page.items.map((r) => {
                const reason = REFUSAL_REASON_KEYS[r.reasonCode];
                const actionable = r.status === 'open' || r.status === 'awaiting_approval';
                return (
                  <Paper key={r.id} withBorder p="md" data-testid="unentitled-request">
                    <Group justify="space-between" align="flex-start" gap="sm">
                      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 300px' }}>
                        <Group gap={6} wrap="wrap">
                          <Badge color="red" variant="light" tt="none">
                            {reason ? t(reason) : r.reasonCode}
                          </Badge>
                          {r.proposedSeverity && (
                            <Badge variant="outline" tt="none">
                              {catalog.name(r.proposedSeverity)}
                            </Badge>
                          )}
                        </Group>
                        <Text fw={600}>{r.subject}</Text>
                        <Text size="xs" c="dimmed">
                          {t('console.requests.line', {
                            who: [r.customerId ? customerName.get(r.customerId) : null, r.fromEmail].filter(Boolean).join(' · ') || t('console.requests.unknownSender'),
                            when: f.dateTime(r.receivedAt),
                            channel: r.channel in CHANNEL_KEYS ? t(CHANNEL_KEYS[r.channel as Channel]) : r.channel,
                          })}
                        </Text>
                        <Text size="xs" c="dimmed" fs="italic">
                          {r.reasonMessage}
                        </Text>
                        <Spoiler maxHeight={66} showLabel={t('tickets.more')} hideLabel={t('tickets.less')}>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {r.bodyText}
                          </Text>
                        </Spoiler>
                        {r.handledNote && (
                          <Text size="xs" c="dimmed">
                            {t('console.requests.handledNote', { note: r.handledNote, when: r.handledAt ? f.dateTime(r.handledAt) : '' })}
                          </Text>
                        )}
                        {r.ticketId && (
                          <Anchor component={Link} to={`/console/tickets/${r.ticketId}`} size="sm">
                            {t('console.requests.openTicket')}
                          </Anchor>
                        )}
                      </Stack>
                      {actionable && (
                        <Group gap="xs">
                          <Button size="xs" onClick={() => setConverting(r)}>
                            {t('console.requests.convert')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => {
                              setDismissNote('');
                              setDismissing(r);
                            }}
                          >
                            {t('console.requests.dismiss')}
                          </Button>
                        </Group>
                      )}
                    </Group>
                  </Paper>
                );
              })
            )
          }
        </LoadState>
        {list.data && <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      </Stack>
      <ConvertModal key={converting?.id ?? 'none'} request={converting} onClose={() => setConverting(null)} />
      <Modal opened={dismissing !== null} onClose={() => setDismissing(null)} title={t('console.requests.dismissTitle')}>
        <Stack>
          <Textarea
            label={t('console.requests.dismissNote')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={dismissNote}
            onChange={(e) => setDismissNote(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDismissing(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={dismiss.pending}
              disabled={!dismissNote.trim()}
              onClick={async () => {
                if (!dismissing) return;
                const r = await dismiss.run(dismissing.id, dismissNote.trim());
                setDismissing(null);
                if (r) {
                  notifications.show({ color: 'teal', message: t('console.requests.dismissed') });
                  list.reload();
                }
              }}
            >
              {t('console.requests.dismiss')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
