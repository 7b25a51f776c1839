import { DomainError } from '../errors.js';
import { addDays, isIsoDate, todayUtc } from './dates.js';
import { computeMinimumEffectiveDate } from './version-in-force.js';

/**
 * R-P2: the effective date of a new version. Defaults to the earliest allowed
 * date: today (UTC), or the day after the latest version when that is later.
 * Throws VALIDATION_FAILED for a malformed date and EFFECTIVE_DATE_TOO_EARLY
 * (details: minimum, latest) for a date before the minimum: versions already
 * in force may have stamped tickets and are never rewritten.
 */
export function resolveEffectiveDate(now: Date, latestEffectiveFrom: string | null, requested: string | undefined): string {
  const minimum = computeMinimumEffectiveDate(todayUtc(now), latestEffectiveFrom, (d) => addDays(d, 1));
  if (requested === undefined) return minimum;
  if (!isIsoDate(requested)) {
    throw new DomainError('VALIDATION_FAILED', `${requested} is not a date.`, [{ path: 'effectiveFrom', problem: 'expected YYYY-MM-DD' }]);
  }
  if (requested < minimum) {
    throw new DomainError(
      'EFFECTIVE_DATE_TOO_EARLY',
      `A new version can take effect on ${minimum} at the earliest (today or later, after the latest version's ${latestEffectiveFrom ?? '—'}).`,
      { path: 'effectiveFrom', minimum, latest: latestEffectiveFrom },
    );
  }
  return requested;
}
