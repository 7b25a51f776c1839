import { formatIsoDate, parseIsoDate } from '../time/civil-date.js';

/**
 * Catalogue dates are plain 'YYYY-MM-DD' strings. "Today" for effective dates
 * is the UTC date of the injected clock (the desk has no vendor zone setting yet).
 */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** True when s is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/** The date n days after an ISO date (n may be negative). */
export function addDays(date: string, n: number): string {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`Not a date: ${date}`);
  return formatIsoDate(day + n);
}

/** The later of two ISO dates (ISO dates compare as strings). */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
