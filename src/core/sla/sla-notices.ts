import type { SlaClocks } from './sla-types.js';
import type { SlaClockName, SlaNoticeKind } from '../enums.js';

/** One warning or breach a ticket's clocks owe (R-S4); instants in epoch seconds. */
export interface SlaNotice {
  clock: SlaClockName;
  kind: SlaNoticeKind;
  /** Warning threshold, or 100 for the breach. */
  percent: number;
  at: number;
  /** The due instant now (it moves while the clock pauses). */
  dueAt: number;
  /** The cycle: the target's budget in business seconds (a new target starts a new cycle; a pause does not). */
  budgetSeconds: number;
  reached: boolean;
}

/**
 * Every warning and breach of the commitment clocks, in time order. Indicative
 * targets (`> N d`) never breach and get no warnings.
 */
export function listSlaNotices(clocks: SlaClocks): SlaNotice[] {
  const out: SlaNotice[] = [];
  for (const c of [clocks.response, clocks.resolution]) {
    if (c.indicative || c.dueAt === null || c.budgetSeconds === null) continue;
    const budgetSeconds = Math.round(c.budgetSeconds);
    for (const w of c.warnings) {
      if (w.at !== null) out.push({ clock: c.clock, kind: 'warning', percent: w.percent, at: w.at, dueAt: c.dueAt, budgetSeconds, reached: w.reached });
    }
    out.push({ clock: c.clock, kind: 'breach', percent: 100, at: c.dueAt, dueAt: c.dueAt, budgetSeconds, reached: c.state === 'breached' });
  }
  return out.sort((a, b) => a.at - b.at || a.percent - b.percent);
}

/** The ledger key of a notice: exactly once per ticket, clock, kind, threshold and cycle. */
export function noticeKey(n: Pick<SlaNotice, 'clock' | 'kind' | 'percent' | 'budgetSeconds'>): string {
  return `${n.clock}:${n.kind}:${n.percent}:${n.budgetSeconds}`;
}
