import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, instantAtPosition, positionAt } from './lookup.js';

/**
 * The earliest instant >= t (epoch seconds) at which the calendar is open:
 * `t` itself when open, else the next opening (R-T1).
 * Throws DomainError TIME_OUT_OF_RANGE when t or the opening is outside the compiled years.
 */
export function nextOpening(cal: CompiledCalendar, t: number): number {
  assertInRange(cal, t);
  return instantAtPosition(cal, positionAt(cal, t));
}
