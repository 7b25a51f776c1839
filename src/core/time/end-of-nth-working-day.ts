import { DomainError } from '../errors.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import { localDayAt } from './local-time.js';
import { assertInRange } from './lookup.js';

/** Index of the first working day whose local date is after `day`. */
function firstWorkingDayAfter(cal: CompiledCalendar, day: number): number {
  let lo = 0;
  let hi = cal.dayDate.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cal.dayDate[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Closing instant (epoch seconds) of the n-th working day AFTER the local date
 * of t (R-T3, Altanet "by the end of the next working day" is n = 1): a ticket
 * on Monday (any hour) → end of Tuesday; on Saturday → end of Monday.
 * Returns the closing time itself, which is also the SLA due instant (R-T5).
 * Throws DomainError VALIDATION_FAILED (n not an integer >= 1), TIME_OUT_OF_RANGE.
 */
export function endOfNthWorkingDay(cal: CompiledCalendar, t: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 1)) throw new DomainError('VALIDATION_FAILED', 'n must be an integer >= 1', { n });
  assertInRange(cal, t);
  const k = firstWorkingDayAfter(cal, localDayAt(cal, t)) + n - 1;
  if (k >= cal.dayDate.length) {
    throw new DomainError('TIME_OUT_OF_RANGE', `The working day lies beyond the calendar's computed years ${cal.fromYear}–${cal.toYear}`, { n });
  }
  return cal.close[cal.dayFirst[k + 1]! - 1]!;
}
