import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, lastOpenAtOrBefore } from './lookup.js';

/**
 * Whether the calendar is open at instant `t` (epoch seconds). Intervals are
 * half-open: open at an opening instant, closed at a closing instant (R-T1).
 * Throws DomainError TIME_OUT_OF_RANGE outside the compiled years.
 */
export function isOpen(cal: CompiledCalendar, t: number): boolean {
  assertInRange(cal, t);
  const i = lastOpenAtOrBefore(cal, t);
  return i >= 0 && t < cal.close[i]!;
}
