/** Anything with an effective date and a version number (plan or calendar version). */
export interface Versioned {
  version: number;
  effectiveFrom: string;
}

/**
 * R-P2: the version in force on `date` ('YYYY-MM-DD'): the one with the
 * latest effectiveFrom on or before the date; null before the first version.
 */
export function pickVersionInForce<V extends Versioned>(versions: readonly V[], date: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (best === null || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  return best;
}

/**
 * R-P2: the earliest effective date a new version may take: today, and
 * strictly after the latest existing version (one version per day; versions
 * already used by tickets never change).
 */
export function computeMinimumEffectiveDate(today: string, latestEffectiveFrom: string | null, dayAfter: (d: string) => string): string {
  if (latestEffectiveFrom === null) return today;
  const after = dayAfter(latestEffectiveFrom);
  return after > today ? after : today;
}
