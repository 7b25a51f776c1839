import { DomainError } from '../errors.js';
import type { CompiledCalendar } from './compiled-calendar.js';

/**
 * Internal primitives over a compiled calendar (R-T2): binary searches and
 * prefix-sum arithmetic. "Position" = business seconds since cal.rangeStart.
 */

/** Throws TIME_OUT_OF_RANGE unless `t` (epoch seconds) lies in [rangeStart, rangeEnd]. */
export function assertInRange(cal: CompiledCalendar, t: number, what = 'instant'): void {
  if (!(t >= cal.rangeStart && t <= cal.rangeEnd)) {
    throw new DomainError('TIME_OUT_OF_RANGE', `The ${what} lies outside the calendar's computed years ${cal.fromYear}–${cal.toYear}`, {
      at: Number.isFinite(t) ? new Date(t * 1000).toISOString() : String(t),
      rangeStart: new Date(cal.rangeStart * 1000).toISOString(),
      rangeEnd: new Date(cal.rangeEnd * 1000).toISOString(),
    });
  }
}

/** Index of the last interval with open <= t, or -1. */
export function lastOpenAtOrBefore(cal: CompiledCalendar, t: number): number {
  const open = cal.open;
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (open[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Business seconds from rangeStart to t (t already range-checked). */
export function positionAt(cal: CompiledCalendar, t: number): number {
  const i = lastOpenAtOrBefore(cal, t);
  if (i < 0) return 0;
  const c = cal.close[i]!;
  return c <= t ? cal.cumEnd[i]! : cal.cumEnd[i]! - (c - t);
}

/** Index of the first interval whose cumEnd > pos (the interval holding pos, openings win at boundaries), or -1. */
export function intervalHoldingPosition(cal: CompiledCalendar, pos: number): number {
  const cum = cal.cumEnd;
  let lo = 0;
  let hi = cum.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < cum.length ? lo : -1;
}

/** Instant at business position `pos`; at a closing boundary, the NEXT opening. Throws TIME_OUT_OF_RANGE past the tables. */
export function instantAtPosition(cal: CompiledCalendar, pos: number): number {
  const i = intervalHoldingPosition(cal, pos);
  if (i < 0) {
    throw new DomainError('TIME_OUT_OF_RANGE', `The result lies beyond the calendar's computed years ${cal.fromYear}–${cal.toYear}`, {
      rangeEnd: new Date(cal.rangeEnd * 1000).toISOString(),
    });
  }
  return cal.close[i]! - (cal.cumEnd[i]! - pos);
}

/** Business seconds from rangeStart to the opening of working day k. */
export function dayStartPosition(cal: CompiledCalendar, k: number): number {
  const i = cal.dayFirst[k]!;
  return cal.cumEnd[i]! - (cal.close[i]! - cal.open[i]!);
}

/** Index of the last working day whose start position <= pos (a day boundary belongs to the later day), or -1. */
export function workingDayAtPosition(cal: CompiledCalendar, pos: number): number {
  let lo = 0;
  let hi = cal.dayDate.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayStartPosition(cal, mid) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * When addBusinessSeconds(from, seconds) = `due` was moved from a closing time
 * to the next opening (the closing convention), that closing instant; else null.
 */
export function closingBeforeDue(cal: CompiledCalendar, from: number, seconds: number, due: number): number | null {
  if (!(seconds > 0)) return null;
  const i = lastOpenAtOrBefore(cal, due);
  if (i <= 0 || cal.open[i] !== due) return null;
  const c = cal.close[i - 1]!;
  return c < due && c >= from ? c : null;
}
