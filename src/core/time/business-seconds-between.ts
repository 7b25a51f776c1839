import type { CompiledCalendar } from './compiled-calendar.js';
import { assertInRange, positionAt } from './lookup.js';

/**
 * Business seconds between two instants (epoch seconds), SIGNED:
 * positive when a < b, negative when b < a, so between(a,b) = -between(b,a)
 * and between(a,b) + between(b,c) = between(a,c) (R-T2).
 * Throws DomainError TIME_OUT_OF_RANGE when either instant is outside the compiled years.
 */
export function businessSecondsBetween(cal: CompiledCalendar, a: number, b: number): number {
  assertInRange(cal, a);
  assertInRange(cal, b);
  return positionAt(cal, b) - positionAt(cal, a);
}
