import { Text, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { urgencyOf, type Urgency } from './urgency';

export { urgencyOf, type Urgency };

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock span: "3 d 4 h", "2 h 05 min", "12:07" (minutes:seconds under an hour). */
export function spanText(t: TFunction, ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return t('tickets.span.dh', { d, h });
  if (h > 0) return t('tickets.span.hm', { h, m: pad(m) });
  return `${pad(m)}:${pad(s % 60)}`;
}

/** Business time (seconds counted in the plan's calendar): "5 h 30 min". */
export function businessText(t: TFunction, seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? t('tickets.span.hm', { h, m: pad(m) }) : t('tickets.span.m', { m });
}

export const URGENCY_COLOR: Record<Urgency, string | undefined> = {
  calm: undefined,
  warning: 'orange.8',
  breached: 'red.8',
  indicative: 'dimmed',
};

/** Time left to a due instant, ticking with `now`; the colour tells the urgency. */
export function Countdown({ now, dueAt, warnAt, breached, indicative, size = 'sm' }: { now: number; dueAt: string; warnAt?: string | null; breached?: boolean; indicative?: boolean; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const left = Date.parse(dueAt) - now;
  const u = urgencyOf(now, dueAt, { warnAt, breached, indicative });
  const text = left >= 0 ? t('tickets.countdown.left', { time: spanText(t, left) }) : t('tickets.countdown.overdue', { time: spanText(t, left) });
  return (
    <Tooltip label={t('tickets.countdown.dueAt', { when: f.dateTime(dueAt) })} withinPortal>
      <Text size={size} fw={u === 'calm' || u === 'indicative' ? 500 : 700} c={URGENCY_COLOR[u]} data-urgency={u} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {text}
      </Text>
    </Tooltip>
  );
}
