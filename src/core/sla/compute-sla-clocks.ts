import { evaluateClock } from './evaluate-clock.js';
import type { SlaClocks, SlaInput } from './sla-types.js';

/**
 * Response and resolution clocks of a ticket as of `input.now` (R-S1, R-S2,
 * R-S3, R-S5). Pure and deterministic: same input, same output; reads no clock.
 * Instants are epoch seconds. Throws DomainError TIME_OUT_OF_RANGE when the
 * ticket's timeline leaves the calendar's compiled years.
 */
export function computeSlaClocks(input: SlaInput): SlaClocks {
  return { response: evaluateClock(input, 'response'), resolution: evaluateClock(input, 'resolution') };
}
