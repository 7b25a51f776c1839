import { ActionIcon, Anchor, Badge, Grid, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { TRANSITIONS } from '../../../core/tickets/status-machine.js';
import { api, view, untypedApi } from '../../api/client';
import type { ContactView } from '../../api/catalogue-types';
import type { StaffTicket, TicketStatus } from '../../api/ticket-types';
import type { Page, StaffActor } from '../../api/types';
import { useAction, useApiQuery, useLoad, type ApiState } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { AttachmentsPanel } from '../../tickets/attachments';
import { Conversation, conversationEntries } from '../../tickets/conversation';
import { useSeverityCatalog } from '../../tickets/severities';
import { useStaffDirectory } from '../../tickets/staff';
import { ShortcutHelp, useShortcuts } from '../../tickets/shortcuts';
import { StatusBadge } from '../../tickets/status-badge';
import { useNow } from '../../tickets/use-now';
import { neighbour, queuePath } from '../queue-order';
import { Composer, type ComposerMode } from './composer';
import { HistoryPanel } from './history';
import { OutcomePanel } from './outcome-panel';
import { PropertiesPanel, type Change } from './properties-panel';
import { SlaPanel } from './sla-panel';

// Billing (issue 7) loads with the ticket, in its own chunk.
const TicketBilling = lazy(() => import('../../billing/console/ticket-billing').then((m) => ({ default: m.TicketBilling })));

/** The console's ticket page: conversation and notes, changes with reasons, outcomes, SLA with explanations, history. */
export function ConsoleTicketPage() {
  const { id = '' } = useParams();
  // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
  const ticket = useApiQuery('/agent/tickets/{id}', { params: { path: { id } } }) as ApiState<StaffTicket>;
  return <LoadState state={ticket}>{(data) => <TicketView key={data.id} ticket={data} reload={ticket.reload} />}</LoadState>;
}

function TicketView({ ticket, reload }: { ticket: StaffTicket; reload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor } = useSession();
  const me = actor as StaffActor;
  const severity = useSeverityCatalog();
  const now = useNow(1000);
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [help, setHelp] = useState(false);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const base = `/agent/tickets/${ticket.id}`;
  // One column below md: the SLA panel goes first, above the conversation.
  const narrow = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false }) ?? false;

  const contacts = useLoad(['/admin/customers/{id}/contacts', ticket.customerId], (signal) => api.get('/admin/customers/{id}/contacts', { params: { path: { id: ticket.customerId }, query: { limit: 200 } }, signal }, view<Page<ContactView>>()).catch(() => ({ items: [] as ContactView[] }) as Page<ContactView>));
  const staff = useStaffDirectory();
  const customer = useApiQuery('/admin/customers/{id}', { params: { path: { id: ticket.customerId } } }, view<{ id: string; name: string }>());

  const personName = useMemo(() => {
    const contactNames = new Map((contacts.data?.items ?? []).map((c) => [c.id, c.name]));
    return (kind: string, pid: string | null) => {
      if (kind === 'contact') return (pid && contactNames.get(pid)) || t('tickets.author.customerRole');
      if (kind === 'user') return pid === me.id ? me.name : (pid && staff.name(pid)) || t('tickets.author.agent');
      return t('tickets.author.system');
    };
  }, [contacts.data, staff, me, t]);

  const entries = useMemo(
    () =>
      conversationEntries(
        ticket,
        ticket.messages,
        (kind, pid) => ({ name: personName(kind, pid), role: kind === 'contact' ? t('tickets.author.customerRole') : kind === 'user' ? t('tickets.author.agent') : t('tickets.author.system'), staff: kind !== 'contact' }),
        { name: personName('contact', ticket.requesterId), role: t('tickets.author.customerRole') },
      ),
    [ticket, personName, t],
  );

  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    reload();
  };
  const reply = useAction(async (input: { body: string; status?: TicketStatus }) => {
    // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
    const r = (await api.post('/agent/tickets/{id}/replies', { params: { path: { id: ticket.id } }, body: input })) as StaffTicket;
    done(t('tickets.reply.sent'));
    return r;
  });
  const note = useAction(async (body: string) => {
    // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
    const r = (await api.post('/agent/tickets/{id}/notes', { params: { path: { id: ticket.id } }, body: { body } })) as StaffTicket;
    done(t('tickets.note.added'));
    return r;
  });
  const change = useAction(async (c: Change) => {
    const r = await untypedApi.post<StaffTicket>(`${base}/${c.path}`, c.body);
    done(t('tickets.actions.saved'));
    return r;
  });

  const focus = (m: ComposerMode) => {
    setMode(m);
    // After the tab shows its panel.
    window.setTimeout(() => (m === 'reply' ? replyRef : noteRef).current?.focus(), 0);
  };
  const go = (step: 1 | -1) => {
    const next = neighbour(ticket.id, step);
    if (next) navigate(`/console/tickets/${next}`);
    else notifications.show({ color: 'gray', message: step === 1 ? t('tickets.shortcuts.lastInQueue') : t('tickets.shortcuts.firstInQueue') });
  };
  useShortcuts({
    r: () => focus('reply'),
    n: () => focus('note'),
    j: () => go(1),
    k: () => go(-1),
    u: () => navigate(queuePath()),
    '?': () => setHelp(true),
  });

  const closed = ticket.status === 'closed';
  const allowedAfter = (['pending', 'solved'] as TicketStatus[]).filter((s) => s !== ticket.status && (TRANSITIONS[ticket.status].includes(s) || ticket.status === 'new'));
  const people = staff.assignable.filter((u) => u.role !== 'admin' || u.id === me.id).map((u) => ({ id: u.id, name: u.name }));
  return (
    <>
      <PageHeader
        title={t('tickets.numberSubject', { number: ticket.number, subject: ticket.subject })}
        description={
          <Group gap={6} wrap="wrap" component="span">
            <Anchor component={Link} to={queuePath()} size="sm">
              {t('tickets.backToQueue')}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {t('queue.customerLine', { customer: customer.data?.name ?? '…', requester: personName('contact', ticket.requesterId) })}
            </Text>
          </Group>
        }
        actions={
          <Tooltip label={t('tickets.shortcuts.title')}>
            <ActionIcon variant="default" size="lg" onClick={() => setHelp(true)} aria-label={t('tickets.shortcuts.title')}>
              <Text size="sm" fw={700}>
                {'?'}
              </Text>
            </ActionIcon>
          </Tooltip>
        }
      />
      <Group gap="xs" mb="md" wrap="wrap">
        <StatusBadge status={ticket.status} />
        <Badge variant="outline" tt="none" data-testid="ticket-severity">
          {severity.name(ticket.severity)}
        </Badge>
        {ticket.highPriority && (
          <Badge color="grape" tt="none">
            {t('queue.highPriority')}
          </Badge>
        )}
        {ticket.overage && (
          <Badge color="orange" variant="light" tt="none">
            {t('tickets.fields.overageShort')}
          </Badge>
        )}
        <Badge color="gray" variant="light" tt="none">
          {ticket.assigneeId ? t('tickets.assignee.assignedTo', { name: personName('user', ticket.assigneeId) }) : t('queue.unassigned')}
        </Badge>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack>
            {narrow && <SlaPanel ticket={ticket} now={now} severityName={severity.name} />}
            <Conversation entries={entries} attachments={ticket.attachments} downloadBase={`/api/v1${base}/attachments`} />
            <Composer mode={mode} onMode={setMode} replyRef={replyRef} noteRef={noteRef} reply={reply} note={note} allowedAfter={allowedAfter} disabled={closed} />
            <Paper withBorder p="md">
              <Title order={2} fz="h5" mb="sm">
                {t('tickets.attachments.title')}
              </Title>
              <AttachmentsPanel attachments={ticket.attachments} apiBase={base} onUploaded={reload} allowInternal disabled={closed} />
            </Paper>
            <HistoryPanel events={ticket.history} severityName={severity.name} personName={personName} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack>
            {!narrow && <SlaPanel ticket={ticket} now={now} severityName={severity.name} />}
            <PropertiesPanel ticket={ticket} severity={severity} change={change} people={people} me={{ id: me.id, name: me.name }} />
            <OutcomePanel ticket={ticket} change={change} />
            <Suspense fallback={null}>
              <TicketBilling key={`${ticket.id}:${ticket.category ?? ''}`} ticketId={ticket.id} customerId={ticket.customerId} />
            </Suspense>
          </Stack>
        </Grid.Col>
      </Grid>
      <ShortcutHelp
        opened={help}
        onClose={() => setHelp(false)}
        items={[
          { keys: ['r'], label: t('tickets.shortcuts.reply') },
          { keys: ['n'], label: t('tickets.shortcuts.note') },
          { keys: ['j'], label: t('tickets.shortcuts.nextTicket') },
          { keys: ['k'], label: t('tickets.shortcuts.previousTicket') },
          { keys: ['u'], label: t('tickets.shortcuts.backToQueue') },
          { keys: ['?'], label: t('tickets.shortcuts.help') },
        ]}
      />
    </>
  );
}
