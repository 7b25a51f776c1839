import { DomainError } from '../../core/errors.js';

export interface EstimateInput {
  /** Total hours, in quarters of an hour; required without phases. */
  hours?: number;
  /** Total price, minor units; required without phases. */
  priceCents?: number;
  /** Larger work (004): phases in order, each handed over and accepted before the next. */
  phases?: Array<{ name: string; hours: number; priceCents: number }>;
  note?: string;
}

export interface NormalizedEstimate {
  minutes: number;
  priceCents: number;
  phases: Array<{ name: string; minutes: number; priceCents: number }>;
  note: string;
}

function minutesOf(hours: number, path: string): number {
  const m = hours * 60;
  if (!Number.isInteger(m) || m <= 0) throw new DomainError('VALIDATION_FAILED', 'Hours are positive quarters of an hour.', [{ path, problem: 'must be a positive multiple of 0.25' }]);
  return m;
}

function cents(v: number, path: string): number {
  if (!Number.isSafeInteger(v) || v < 0) throw new DomainError('VALIDATION_FAILED', 'Prices are non-negative minor units.', [{ path, problem: 'must be a non-negative integer' }]);
  return v;
}

/**
 * Totals and phases of an estimate. With phases, the totals are their sums
 * (given totals must match them); without, the estimate is one phase named
 * `defaultName`. Throws VALIDATION_FAILED naming the field.
 */
export function normalizeEstimate(input: EstimateInput, defaultName: string): NormalizedEstimate {
  const note = input.note?.trim() ?? '';
  if (input.phases && input.phases.length > 0) {
    const phases = input.phases.map((p, i) => ({ name: p.name.trim() || `${i + 1}`, minutes: minutesOf(p.hours, `body.phases.${i}.hours`), priceCents: cents(p.priceCents, `body.phases.${i}.priceCents`) }));
    const minutes = phases.reduce((n, p) => n + p.minutes, 0);
    const priceCents = phases.reduce((n, p) => n + p.priceCents, 0);
    if (input.hours !== undefined && minutesOf(input.hours, 'body.hours') !== minutes) {
      throw new DomainError('VALIDATION_FAILED', 'The hours differ from the sum of the phases.', [{ path: 'body.hours', problem: `phases sum to ${minutes / 60}` }]);
    }
    if (input.priceCents !== undefined && cents(input.priceCents, 'body.priceCents') !== priceCents) {
      throw new DomainError('VALIDATION_FAILED', 'The price differs from the sum of the phases.', [{ path: 'body.priceCents', problem: `phases sum to ${priceCents}` }]);
    }
    return { minutes, priceCents, phases, note };
  }
  if (input.hours === undefined || input.priceCents === undefined) {
    const missing = input.hours === undefined ? 'body.hours' : 'body.priceCents';
    throw new DomainError('VALIDATION_FAILED', 'An estimate needs hours and a price, or phases.', [{ path: missing, problem: 'required without phases' }]);
  }
  const minutes = minutesOf(input.hours, 'body.hours');
  const priceCents = cents(input.priceCents, 'body.priceCents');
  return { minutes, priceCents, phases: [{ name: defaultName.slice(0, 200), minutes, priceCents }], note };
}
