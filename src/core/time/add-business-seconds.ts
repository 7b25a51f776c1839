import { DomainError } from '../errors.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, instantReachingPosition, positionAt } from './lookup.js';

/**
 * Due instant after `seconds` of business time from `fromEpochSec` (R-T2, R-T5).
 * Units: epoch seconds in, epoch seconds out; `seconds` >= 0 (fractions kept).
 * The due instant is the EARLIEST instant at which the budget is used up: a
 * budget that runs out exactly at a closing time is due at that closing time
 * (Friday 20:00), not at the next opening (Monday 08:00); `explainAdd` names
 * both. Adding 0 gives `fromEpochSec` itself, open or closed.
 * Throws DomainError VALIDATION_FAILED (negative or non-finite seconds),
 * TIME_OUT_OF_RANGE (start or result outside the compiled years).
 */
export function addBusinessSeconds(cal: CompiledCalendar, fromEpochSec: number, seconds: number): number {
  if (!(seconds >= 0 && seconds < Infinity)) {
    throw new DomainError('VALIDATION_FAILED', 'Business seconds to add must be a finite number >= 0', { seconds });
  }
  assertInRange(cal, fromEpochSec);
  // seconds > 0 puts the target strictly past `from`'s position, so the instant found is after `from`.
  return seconds === 0 ? fromEpochSec : instantReachingPosition(cal, positionAt(cal, fromEpochSec) + seconds);
}
