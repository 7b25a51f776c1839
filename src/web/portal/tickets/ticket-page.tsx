import { Anchor, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { ContactView } from '../../api/catalogue-types';
import type { PortalTicket } from '../../api/ticket-types';
import type { Page } from '../../api/types';
import { useAction, useApiQuery, useLoad, type ApiState } from '../../api/use-api';
import { CHANNEL_KEYS } from '../../admin/plans/terms-fields';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { AttachmentsPanel } from '../../tickets/attachments';
import { Conversation, conversationEntries } from '../../tickets/conversation';
import { CATEGORY_KEYS, OUTCOME_KEYS } from '../../tickets/labels';
import { useSeverityCatalog } from '../../tickets/severities';
import { CustomerSlaText, StatusBadge } from '../../tickets/status-badge';

// Billing (issue 7): whether work is billable, estimates to approve; its own chunk.
const PortalTicketBilling = lazy(() => import('../../billing/portal/ticket-billing').then((m) => ({ default: m.PortalTicketBilling })));

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One ticket in the support center: conversation, files, the SLA as the customer sees it, and a reply box. */
export function SupportTicketPage() {
  const { id = '' } = useParams();
  // The contract types a history event's type as a string (not the event union): read as the view.
  const ticket = useApiQuery('/portal/tickets/{id}', { params: { path: { id } } }) as ApiState<PortalTicket>;
  return (
    <LoadState state={ticket}>
      {(data) => <TicketView ticket={data} reload={ticket.reload} />}
    </LoadState>
  );
}

function TicketView({ ticket, reload }: { ticket: PortalTicket; reload(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { actor } = useSession();
  const severity = useSeverityCatalog();
  const contacts = useLoad(['/portal/contacts'], (signal) => api.get('/portal/contacts', { params: { query: { limit: 200 } }, signal }, view<Page<ContactView>>()).catch(() => ({ items: [] as ContactView[] }) as Page<ContactView>));
  const [body, setBody] = useState('');
  const reply = useAction((text: string) => api.post('/portal/tickets/{id}/replies', { params: { path: { id: ticket.id } }, body: { body: text } }));
  const base = `/portal/tickets/${ticket.id}`;

  const entries = useMemo(() => {
    const names = new Map((contacts.data?.items ?? []).map((c) => [c.id, c.name]));
    const contactName = (cid: string | null) => (cid && cid === actor?.id ? t('tickets.author.you') : (cid && names.get(cid)) || t('tickets.author.colleague'));
    const created = ticket.history.find((e) => e.type === 'created');
    const requester = created?.actorKind === 'contact' ? contactName(created.actorId) : t('tickets.author.yourOrganisation');
    return conversationEntries(
      ticket,
      ticket.messages,
      (kind, authorId) =>
        kind === 'contact'
          ? { name: contactName(authorId), role: t('tickets.author.customerRole'), staff: false }
          : kind === 'user'
            ? { name: t('tickets.author.supportTeam'), role: t('tickets.author.vendorRole'), staff: true }
            : { name: t('tickets.author.system'), role: t('tickets.author.vendorRole'), staff: true },
      { name: requester, role: t('tickets.author.customerRole') },
    );
  }, [ticket, contacts.data, actor, t]);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    if (await reply.run(body.trim())) {
      setBody('');
      notifications.show({ color: 'teal', message: t('tickets.reply.sent') });
      reload();
    }
  };

  const closed = ticket.status === 'closed';
  const dev = ticket.outcome === 'development_task' ? (ticket.outcomeDetails as { taskCode?: string; approxStart?: string | null; approxEnd?: string | null }) : null;
  return (
    <>
      <PageHeader
        title={t('tickets.numberSubject', { number: ticket.number, subject: ticket.subject })}
        description={
          <Anchor component={Link} to="/support/tickets" size="sm">
            {t('portal.tickets.back')}
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack>
            <Conversation entries={entries} attachments={ticket.attachments} downloadBase={`/api/v1${base}/attachments`} />
            {closed ? (
              <Paper withBorder p="md">
                <Text size="sm">{t('portal.ticket.closedNote')}</Text>
                <Anchor component={Link} to="/support/tickets/new" size="sm">
                  {t('portal.tickets.new')}
                </Anchor>
              </Paper>
            ) : (
              <Paper withBorder p="md" component="form" onSubmit={send}>
                <Stack gap="sm">
                  <Title order={2} fz="h5">
                    {t('tickets.reply.title')}
                  </Title>
                  <ErrorAlert error={reply.error} />
                  <Textarea
                    aria-label={t('tickets.reply.title')}
                    placeholder={ticket.status === 'pending' ? t('portal.ticket.replyPending') : t('tickets.reply.placeholder')}
                    autosize
                    minRows={4}
                    maxRows={16}
                    value={body}
                    onChange={(e) => setBody(e.currentTarget.value)}
                  />
                  {ticket.status === 'solved' && (
                    <Text size="xs" c="dimmed">
                      {t('portal.ticket.reopenNote')}
                    </Text>
                  )}
                  <Group justify="flex-end">
                    <Button type="submit" loading={reply.pending} disabled={!body.trim()}>
                      {t('tickets.reply.send')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Group gap="xs">
                  <StatusBadge status={ticket.status} />
                </Group>
                <CustomerSlaText sla={ticket.sla} />
                {ticket.minimumResolutionAt && (
                  <Text size="xs" c="dimmed" data-testid="minimum-resolution">
                    {t('tickets.minimumResolution', { when: f.dateTime(ticket.minimumResolutionAt) })}
                  </Text>
                )}
                <Fact label={t('tickets.fields.severity')}>
                  <Text size="sm">{severity.name(ticket.severity)}</Text>
                  {ticket.severity !== ticket.proposedSeverity && (
                    <Text size="xs" c="dimmed">
                      {t('tickets.fields.proposed', { severity: severity.name(ticket.proposedSeverity) })}
                    </Text>
                  )}
                </Fact>
                {ticket.category && (
                  <Fact label={t('tickets.fields.category')}>
                    <Text size="sm">{t(CATEGORY_KEYS[ticket.category])}</Text>
                  </Fact>
                )}
                <Fact label={t('tickets.fields.registered')}>
                  <Text size="sm">{t('tickets.conversation.atVia', { when: f.dateTime(ticket.registeredAt), channel: t(CHANNEL_KEYS[ticket.channel]) })}</Text>
                </Fact>
                {ticket.firstResponseAt && (
                  <Fact label={t('tickets.fields.firstResponse')}>
                    <Text size="sm">{f.dateTime(ticket.firstResponseAt)}</Text>
                  </Fact>
                )}
                {ticket.outcome && OUTCOME_KEYS[ticket.outcome] && (
                  <Fact label={t('tickets.fields.outcome')}>
                    <Text size="sm">{t(OUTCOME_KEYS[ticket.outcome]!)}</Text>
                    {dev?.taskCode && (
                      <Text size="xs" c="dimmed" data-testid="dev-task">
                        {t('tickets.outcome.taskLine', { code: dev.taskCode, from: dev.approxStart ? f.date(dev.approxStart) : '—', to: dev.approxEnd ? f.date(dev.approxEnd) : '—' })}
                      </Text>
                    )}
                  </Fact>
                )}
                {ticket.overage && (
                  <Text size="xs" c="orange.8">
                    {t('tickets.fields.overage')}
                  </Text>
                )}
              </Stack>
            </Paper>
            <Suspense fallback={null}>
              <PortalTicketBilling key={`${ticket.id}:${ticket.category ?? ''}`} ticketId={ticket.id} />
            </Suspense>
            <Paper withBorder p="md">
              <Title order={2} fz="h5" mb="sm">
                {t('tickets.attachments.title')}
              </Title>
              <AttachmentsPanel attachments={ticket.attachments} apiBase={base} onUploaded={reload} disabled={closed} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
