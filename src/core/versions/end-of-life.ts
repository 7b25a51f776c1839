import { civilFromDay, dayNumber, parseIsoDate } from '../time/civil-date.js';
import type { VersionKey } from './parse-version.js';
import type { VersionScheme } from './version-scheme.js';

/**
 * The major line of a version: its parts up to the last 'major' part
 * (Athento 4.12 → [4]; Altanet 5.1.2.10 → [5]). End of life is per major line (R-V5).
 */
export function majorLineOf(scheme: VersionScheme, key: VersionKey): VersionKey {
  let last = 0;
  scheme.parts.forEach((p, i) => {
    if (p.level === 'major') last = i;
  });
  return key.slice(0, last + 1);
}

/**
 * R-V5: a major version lives `lifetimeMonths` from its first release
 * (Altanet 002: "about 3 years" = 36). Dates are 'YYYY-MM-DD'; a day that
 * does not exist in the target month is clamped (2024-02-29 + 12 months → 2025-02-28).
 */
export function endOfLifeDate(firstReleasedOn: string, lifetimeMonths: number): string {
  const day = parseIsoDate(firstReleasedOn);
  if (day === null) throw new RangeError(`Not a date: ${firstReleasedOn}`);
  const [y, m, d] = civilFromDay(day);
  const months = y * 12 + (m - 1) + lifetimeMonths;
  const ty = Math.floor(months / 12);
  const tm = (months % 12) + 1;
  const last = dayNumber(tm === 12 ? ty + 1 : ty, tm === 12 ? 1 : tm + 1, 1) - dayNumber(ty, tm, 1);
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `today` to `date` (negative once past). */
export function daysUntil(today: string, date: string): number {
  return parseIsoDate(date)! - parseIsoDate(today)!;
}

/**
 * The warning thresholds (days before end of life) already reached on
 * `today`, tightest first: with [180, 30] and 20 days left → [30, 180].
 */
export function reachedThresholds(today: string, endOfLife: string, thresholdsDays: readonly number[]): number[] {
  const left = daysUntil(today, endOfLife);
  return [...new Set(thresholdsDays)].filter((t) => left <= t).sort((a, b) => a - b);
}
