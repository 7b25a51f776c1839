import { Paper, Text, Timeline, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Category, TicketEvent, TicketStatus } from '../../api/ticket-types';
import { CHANNEL_KEYS } from '../../admin/plans/terms-fields';
import type { Channel } from '../../api/types';
import { useFormat, type Formatters } from '../../i18n/format';
import { CATEGORY_KEYS, EVENT_KEYS, OUTCOME_KEYS, STATUS_KEYS } from '../../tickets/labels';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function detail(t: TFunction, f: Formatters, e: TicketEvent, severityName: (c: string) => string, personName: (kind: string, id: string | null) => string): string {
  const d = e.data;
  const status = (v: unknown) => (str(v) && str(v)! in STATUS_KEYS ? t(STATUS_KEYS[v as TicketStatus]) : '—');
  const category = (v: unknown) => (str(v) && str(v)! in CATEGORY_KEYS ? t(CATEGORY_KEYS[v as Category]) : '—');
  const sev = (v: unknown) => (str(v) ? severityName(str(v)!) : '—');
  const reason = str(d.reason) || str(d.note);
  let text = '';
  switch (e.type) {
    case 'created':
      text = t('tickets.history.created', { channel: str(d.channel) && str(d.channel)! in CHANNEL_KEYS ? t(CHANNEL_KEYS[d.channel as Channel]) : '—', severity: sev(d.severity) });
      break;
    case 'status_changed':
      text = t('tickets.history.fromTo', { from: status(d.from), to: status(d.to) });
      break;
    case 'severity_changed':
      text = t('tickets.history.fromTo', { from: sev(d.from), to: sev(d.to) });
      break;
    case 'category_changed':
      text = t('tickets.history.fromTo', { from: category(d.from), to: category(d.to) });
      break;
    case 'assigned':
      text = t('tickets.history.fromTo', {
        from: d.from ? personName('user', str(d.from)) : t('queue.unassigned'),
        to: d.to ? personName('user', str(d.to)) : t('queue.unassigned'),
      });
      break;
    case 'commitment_changed':
      text = d.applies ? t('tickets.outcome.commitmentApplies') : t('tickets.outcome.commitmentNot');
      break;
    case 'estimate_set':
      text = str(d.dueAt) ? f.dateTime(str(d.dueAt)) : '';
      break;
    case 'outcome_set':
      text = str(d.outcome) && OUTCOME_KEYS[str(d.outcome)!] ? t(OUTCOME_KEYS[str(d.outcome)!]!) : '';
      if (str(d.taskCode)) text = `${text} · ${str(d.taskCode)}`;
      break;
    case 'vendor_control_changed':
      text = d.outside ? t('tickets.outcome.outsideNow') : t('tickets.outcome.insideNow');
      break;
    case 'attachment_added':
      text = str(d.filename) ?? '';
      break;
    case 'mail_bounced':
      text = t('tickets.history.bounced', { to: str(d.to) ?? '—', answer: [str(d.status), str(d.diagnostic)].filter(Boolean).join(' ') || '—' });
      break;
    case 'pending_reminder_sent':
      text = str(d.closesAt) ? t('tickets.history.closesAt', { when: f.dateTime(str(d.closesAt)) }) : '';
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
          const label = EVENT_KEYS[e.type] ? t(EVENT_KEYS[e.type]!) : e.type;
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
