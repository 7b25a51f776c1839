import { DomainError } from '../errors.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, instantAtPosition, positionAt } from './lookup.js';

/**
 * Due instant after `seconds` of business time from `fromEpochSec` (R-T2).
 * Units: epoch seconds in, epoch seconds out; `seconds` >= 0 (fractions kept).
 * Convention: a due instant exactly at a closing time is reported as the NEXT
 * opening (zendesk/biz, RT Business::Hours); `explainAdd` shows both. Adding 0
 * from a closed instant therefore gives the next opening.
 * Throws DomainError VALIDATION_FAILED (negative or non-finite seconds),
 * TIME_OUT_OF_RANGE (start or result outside the compiled years).
 */
export function addBusinessSeconds(cal: CompiledCalendar, fromEpochSec: number, seconds: number): number {
  if (!(seconds >= 0 && seconds < Infinity)) {
    throw new DomainError('VALIDATION_FAILED', 'Business seconds to add must be a finite number >= 0', { seconds });
  }
  assertInRange(cal, fromEpochSec);
  return instantAtPosition(cal, positionAt(cal, fromEpochSec) + seconds);
}
