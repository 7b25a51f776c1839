import type { ClockView } from '../api/ticket-types';

/** How urgent a running clock looks. */
export type Urgency = 'calm' | 'warning' | 'breached' | 'indicative';

/** Red at breach (commitments only), amber once the first warning instant has passed. */
export function urgencyOf(now: number, dueAt: string | null, opts: { warnAt?: string | null; breached?: boolean; indicative?: boolean }): Urgency {
  if (opts.breached) return 'breached';
  if (!dueAt) return 'calm';
  const due = Date.parse(dueAt);
  if (opts.indicative) return 'indicative';
  if (now >= due) return 'breached';
  if (opts.warnAt && now >= Date.parse(opts.warnAt)) return 'warning';
  return 'calm';
}

/** The instant of a clock's first warning (the plan's lowest warning percent), when it has one. */
export function firstWarningAt(clock: ClockView | undefined | null): string | null {
  if (!clock) return null;
  const sorted = [...clock.warnings].sort((a, b) => a.percent - b.percent);
  return sorted.find((w) => w.at !== null)?.at ?? null;
}
