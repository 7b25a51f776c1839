import { DomainError } from '../errors.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, dayStartPosition, earliestInstantReaching, instantAtPosition, positionAt, workingDayAtPosition } from './lookup.js';

/**
 * The same business-time offset `n` working days later (R-T3 "N business days").
 *
 * Choice for calendars whose days differ in length (short Fridays, partial
 * holidays): we do NOT multiply a fixed day length. We find the working day
 * holding t's business position and the business seconds already elapsed in
 * it (0 when t is before its opening or on a closed day, since the position
 * then belongs to the next working day), and return the instant with the same
 * elapsed business seconds in working day k+n, clamped to that day's length.
 * On uniform calendars this equals addBusinessSeconds(t, n × day length).
 * A result at a closing time is that closing time (R-T5): one working day from
 * before Monday's opening is Monday's closing.
 * Units: epoch seconds; n integer >= 0.
 * Throws DomainError VALIDATION_FAILED (bad n), TIME_OUT_OF_RANGE.
 */
export function addWorkingDays(cal: CompiledCalendar, t: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new DomainError('VALIDATION_FAILED', 'Working days must be an integer >= 0', { n });
  assertInRange(cal, t);
  const pos = positionAt(cal, t);
  const k = Math.max(0, workingDayAtPosition(cal, pos));
  const target = k + n;
  if (target >= cal.dayDate.length) return instantAtPosition(cal, Infinity);
  const offset = Math.max(0, pos - dayStartPosition(cal, k));
  const targetStart = dayStartPosition(cal, target);
  const targetLen = cal.cumEnd[cal.dayFirst[target + 1]! - 1]! - targetStart;
  return earliestInstantReaching(cal, t, targetStart + Math.min(offset, targetLen));
}
