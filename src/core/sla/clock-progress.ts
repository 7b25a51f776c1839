import { addBusinessSeconds } from '../time/add-business-seconds.js';
import { businessSecondsBetween } from '../time/business-seconds-between.js';
import type { CompiledCalendar } from '../time/compiled-calendar.js';
import { openingAfterClosing } from '../time/lookup.js';
import type { Phase } from './clock-phases.js';

/** Where a clock reaches some elapsed business time: the instant, and (when that is a closing time) the next opening. */
export interface Reach {
  at: number;
  nextOpening: number | null;
}

/** Business seconds a clock has run up to `until` (<= now): the sum over its running phases (R-S5). */
export function elapsedSeconds(cal: CompiledCalendar, phases: Phase[], until: number): number {
  let sum = 0;
  for (const p of phases) {
    if (p.mode !== 'running' || p.from >= until) continue;
    sum += businessSecondsBetween(cal, p.from, Math.min(p.to ?? until, until));
  }
  return sum;
}

/**
 * The first instant at which the clock's elapsed business time reaches `x`
 * seconds, walking its running phases; beyond them, a projection as if the
 * clock ran on from `now` (paused) or from its stop (stopped). It is the
 * EARLIEST such instant (R-T5): a budget ending exactly at a closing time or at
 * the end of a running phase is reached there, not at the next running moment.
 */
export function reachInstant(cal: CompiledCalendar, phases: Phase[], now: number, x: number): Reach {
  let cum = 0;
  for (const p of phases) {
    if (p.mode !== 'running') continue;
    const biz = p.to === null ? Infinity : businessSecondsBetween(cal, p.from, p.to);
    if (cum + biz >= x) return reachFrom(cal, p.from, x - cum);
    cum += biz;
  }
  const last = phases[phases.length - 1]!;
  return reachFrom(cal, last.mode === 'paused' ? Math.max(now, last.from) : last.from, x - cum);
}

function reachFrom(cal: CompiledCalendar, from: number, seconds: number): Reach {
  const at = addBusinessSeconds(cal, from, seconds);
  return { at, nextOpening: seconds > 0 ? openingAfterClosing(cal, at) : null };
}
