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

/** Instant at business position `pos`; at a closing boundary, the NEXT opening (used by nextOpening). Throws TIME_OUT_OF_RANGE past the tables. */
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

/** Index of the first interval whose cumEnd >= pos (closings win at boundaries), or -1. */
function intervalReachingPosition(cal: CompiledCalendar, pos: number): number {
  const cum = cal.cumEnd;
  let lo = 0;
  let hi = cum.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < cum.length ? lo : -1;
}

/**
 * The EARLIEST instant >= `from` at which the business position reaches `pos` (R-T5): a budget that
 * runs out exactly at a closing time ends at that closing time, not at the next opening.
 * Throws TIME_OUT_OF_RANGE past the tables.
 */
export function earliestInstantReaching(cal: CompiledCalendar, from: number, pos: number): number {
  if (pos <= positionAt(cal, from)) return from;
  return Math.max(from, instantReachingPosition(cal, pos));
}

/** The earliest instant at which the business position reaches `pos` (> 0): a closing time when pos ends an interval. */
export function instantReachingPosition(cal: CompiledCalendar, pos: number): number {
  const i = intervalReachingPosition(cal, pos);
  if (i < 0) {
    throw new DomainError('TIME_OUT_OF_RANGE', `The result lies beyond the calendar's computed years ${cal.fromYear}–${cal.toYear}`, {
      rangeEnd: new Date(cal.rangeEnd * 1000).toISOString(),
    });
  }
  return cal.close[i]! - (cal.cumEnd[i]! - pos);
}

/** When `t` is exactly a closing time (the calendar is open just before and closed at t): the next opening, else null. */
export function openingAfterClosing(cal: CompiledCalendar, t: number): number | null {
  const i = lastOpenAtOrBefore(cal, t);
  if (i < 0 || cal.close[i] !== t) return null;
  return i + 1 < cal.open.length ? cal.open[i + 1]! : null;
}
