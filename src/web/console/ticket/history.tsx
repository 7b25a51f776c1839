import { Paper, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Category, TicketEvent, TicketStatus } from '../../api/ticket-types';
import { CHANNEL_KEYS } from '../../admin/plans/terms-fields';
import { useFormat, type Formatters } from '../../i18n/format';
import { CATEGORY_KEYS, EVENT_KEYS, OUTCOME_KEYS, STATUS_KEYS } from '../../tickets/labels';

/** The line under an event's label: what changed, from its typed payload (core/tickets/ticket-events.ts). */
function detail(t: TFunction, f: Formatters, e: TicketEvent, severityName: (c: string) => string, personName: (kind: string, id: string | null) => string): string {
  const status = (v: TicketStatus) => t(STATUS_KEYS[v]);
  const category = (v: Category | null) => (v ? t(CATEGORY_KEYS[v]) : '—');
  const user = (id: string | null) => (id ? personName('user', id) : t('queue.unassigned'));
  let text = '';
  let reason: string | undefined;
  switch (e.type) {
    case 'created':
      text = t('tickets.history.created', { channel: t(CHANNEL_KEYS[e.data.channel]), severity: severityName(e.data.severity) });
      break;
    case 'status_changed':
      text = t('tickets.history.fromTo', { from: status(e.data.from), to: status(e.data.to) });
      reason = e.data.reason;
      break;
    case 'severity_changed':
      text = t('tickets.history.fromTo', { from: severityName(e.data.from), to: severityName(e.data.to) });
      reason = e.data.reason;
      break;
    case 'category_changed':
      text = t('tickets.history.fromTo', { from: category(e.data.from), to: category(e.data.to) });
      reason = e.data.reason;
      break;
    case 'assigned':
      text = t('tickets.history.fromTo', { from: user(e.data.from), to: user(e.data.to) });
      break;
    case 'commitment_changed':
      text = e.data.applies ? t('tickets.outcome.commitmentApplies') : t('tickets.outcome.commitmentNot');
      reason = e.data.reason;
      break;
    case 'estimate_set':
      text = f.dateTime(e.data.dueAt);
      reason = e.data.note;
      break;
    case 'outcome_set':
      text = t(OUTCOME_KEYS[e.data.outcome]!);
      if (e.data.outcome === 'development_task') {
        text = `${text} · ${e.data.taskCode}`;
        reason = e.data.note;
      }
      break;
    case 'vendor_control_changed':
      text = e.data.outside ? t('tickets.outcome.outsideNow') : t('tickets.outcome.insideNow');
      reason = e.data.note;
      break;
    case 'attachment_added':
      text = e.data.filename;
      break;
    case 'mail_bounced':
      text = t('tickets.history.bounced', { to: e.data.to, answer: [e.data.status, e.data.diagnostic].filter(Boolean).join(' ') || '—' });
      break;
    case 'pending_reminder_sent':
      text = t('tickets.history.closesAt', { when: f.dateTime(e.data.closesAt) });
      break;
    case 'estimate_approved':
    case 'estimate_declined':
    case 'phase_handed_over':
    case 'phase_accepted':
    case 'phase_rejected':
      reason = e.data.note;
      break;
    case 'time_logged':
      reason = e.data.overrideReason;
      break;
    default:
      text = '';
  }
  return [text, reason ? t('tickets.history.reason', { reason }) : ''].filter(Boolean).join(' — ');
}

/** The append-only history (R-K10): every change with who and when; internal entries marked. */
export function HistoryPanel({ events, severityName, personName }: { events: TicketEvent[]; severityName(code: string): string; personName(kind: string, id: string | null): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Paper withBorder p="md" data-testid="history">
      <Title order={2} fz="h5" mb="sm">
        {t('tickets.history.title')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {sorted.map((e) => {
          const label = t(EVENT_KEYS[e.type]);
          const text = detail(t, f, e, severityName, personName);
          return (
            <Timeline.Item key={e.id} title={<Text size="sm" fw={600}>{label}</Text>} color={e.internal ? 'yellow' : 'blue'}>
              {text && (
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {text}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('tickets.history.byAt', { who: personName(e.actorKind, e.actorId), when: f.dateTime(e.at) })}
                {e.internal ? ` · ${t('tickets.history.internal')}` : ''}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
