import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { ContractSummary } from '../../api/catalogue-types';
import type { Target } from '../../api/types';
import { useAction, useApiQuery, type ApiState } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { useSeverityCatalog } from '../../tickets/severities';
import { RefusalAlert } from './refusal-alert';

/** Rough size of a target, to order severities when their ranks are not readable. */
function urgency(t: Target | undefined): number {
  if (!t) return Number.MAX_SAFE_INTEGER;
  if (t.kind === 'business_minutes') return t.minutes;
  if (t.kind === 'business_days') return t.days * 600;
  if (t.kind === 'end_of_nth_working_day') return t.n * 600;
  return Number.MAX_SAFE_INTEGER - 1;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Contracts in force today (the portal lists the customer's contracts). */
function inForce(contracts: ContractSummary[]): ContractSummary[] {
  const d = today();
  return contracts.filter((c) => !c.archivedAt && c.startDate <= d && (!c.endDate || c.endDate >= d) && c.planVersion);
}

/** File a ticket through the support center: only the plan's severities, each with its definition (R-K1, R-K2). */
export function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor } = useSession();
  const catalog = useSeverityCatalog();
  // The contract types calendar hours as string[][] (not [from, to] pairs): read as the view.
  const contracts = useApiQuery('/portal/contracts') as ApiState<{ items: ContractSummary[] }>;
  const allowance = useApiQuery('/portal/allowance');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [severity, setSeverity] = useState<string | null>(null);
  const file = useAction((input: { subject: string; body: string; severity: string }) => api.post('/portal/tickets', { body: input }));

  const current = useMemo(() => inForce(contracts.data?.items ?? []), [contracts.data]);
  const offered = useMemo(() => {
    const targets = new Map<string, Target | undefined>();
    let every = false;
    for (const c of current) {
      for (const [code, st] of Object.entries(c.planVersion?.terms.targets ?? {})) {
        if (code === '*') every = true;
        else if (!targets.has(code)) targets.set(code, st.response ?? st.resolution);
      }
    }
    if (every) for (const s of catalog.list) if (!targets.has(s.code)) targets.set(s.code, undefined);
    const known = catalog.list.length > 0;
    return [...targets.entries()]
      .sort(([a, ta], [b, tb]) => (known ? catalog.rank(a) - catalog.rank(b) : 0) || urgency(ta) - urgency(tb))
      .map(([code]) => code);
  }, [current, catalog]);
  const portalAllowed = current.length === 0 || current.some((c) => c.planVersion?.terms.channels.includes('portal'));
  const exhausted = allowance.data?.contracts.find((a) => a.left === 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!severity) return;
    const created = await file.run({ subject: subject.trim(), body: body.trim(), severity });
    if (created) {
      notifications.show({ color: 'teal', message: t('portal.newTicket.created', { number: created.number }) });
      navigate(`/support/tickets/${created.id}`);
    }
  };

  const problems = file.error?.fieldProblems ?? {};
  return (
    <>
      <PageHeader title={t('portal.newTicket.title')} description={t('portal.newTicket.description')} />
      <LoadState state={contracts}>
        {() => (
          <form onSubmit={submit} noValidate>
            <Stack maw={860}>
              {actor?.kind === 'contact' && !actor.isAuthorized && (
                <Alert color="yellow" variant="light" title={t('portal.newTicket.notAuthorizedTitle')}>
                  {t('portal.overview.notAuthorized')}
                </Alert>
              )}
              {!portalAllowed && (
                <Alert color="yellow" variant="light" title={t('portal.newTicket.noPortalTitle')}>
                  {t('tickets.refusal.CHANNEL_NOT_IN_PLAN.next')}
                </Alert>
              )}
              {exhausted && (
                <Alert color={exhausted.overageRule === 'bill' ? 'orange' : 'red'} variant="light" title={t('portal.allowance.exhaustedTitle')} data-testid="allowance-warning">
                  {exhausted.overageRule === 'bill' ? t('portal.allowance.exhaustedBill') : t('portal.allowance.exhaustedHold')}
                </Alert>
              )}
              <RefusalAlert error={file.error} />
              <Paper withBorder p="lg">
                <Stack>
                  <TextInput
                    label={t('portal.newTicket.subject')}
                    description={t('portal.newTicket.subjectHint')}
                    required
                    maxLength={300}
                    value={subject}
                    error={problems.subject}
                    onChange={(e) => setSubject(e.currentTarget.value)}
                    data-autofocus
                  />
                  <Textarea
                    label={t('portal.newTicket.body')}
                    description={t('portal.newTicket.bodyHint')}
                    required
                    autosize
                    minRows={6}
                    maxRows={20}
                    value={body}
                    error={problems.body}
                    onChange={(e) => setBody(e.currentTarget.value)}
                  />
                  <Radio.Group
                    label={t('portal.newTicket.severity')}
                    description={t('portal.newTicket.severityHint')}
                    required
                    value={severity}
                    onChange={setSeverity}
                    error={problems.severity}
                  >
                    {offered.length === 0 ? (
                      <Text size="sm" c="dimmed" mt="xs">
                        {t('portal.newTicket.noSeverities')}
                      </Text>
                    ) : (
                      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
                        {offered.map((code) => (
                          <Radio.Card key={code} value={code} p="sm" radius="md" data-testid="severity-option" style={{ height: '100%', display: 'flex', alignItems: 'flex-start' }}>
                            <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
                              <Radio.Indicator />
                              <Stack gap={2} style={{ minWidth: 0 }}>
                                <Text size="sm" fw={600}>
                                  {catalog.name(code)}
                                </Text>
                                {catalog.definition(code) && (
                                  <Text size="xs" c="dimmed">
                                    {catalog.definition(code)}
                                  </Text>
                                )}
                              </Stack>
                            </Group>
                          </Radio.Card>
                        ))}
                      </SimpleGrid>
                    )}
                  </Radio.Group>
                  <Text size="xs" c="dimmed">
                    {t('portal.newTicket.channelNote')}
                  </Text>
                  <Group justify="flex-end">
                    <Button component={Link} to="/support/tickets" variant="default">
                      {t('common.cancel')}
                    </Button>
                    <Button type="submit" loading={file.pending} disabled={!subject.trim() || !body.trim() || !severity}>
                      {t('portal.newTicket.submit')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            </Stack>
          </form>
        )}
      </LoadState>
    </>
  );
}
