import type { AllowanceExclusion } from '../enums.js';
/**
 * R-P4/R-P5 allowance arithmetic on plain dates ('YYYY-MM-DD'). Contract years
 * start on the contract's start date and its anniversaries; a start on 29
 * February has its anniversaries on 28 February in common years.
 */

function parts(d: string): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return [y, m, day];
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** R-P5: the start of the contract year that contains `date` (date ≥ contract start). */
export function contractYearStart(contractStart: string, date: string): string {
  let years = parts(date)[0] - parts(contractStart)[0];
  let start = addMonths(contractStart, years * 12);
  // Always counted from the original start, so a 29 February start comes back in leap years.
  if (start > date) start = addMonths(contractStart, --years * 12);
  return start;
}

/** The day after the contract year that starts on `yearStart` ends (exclusive end). */
export function contractYearEnd(contractStart: string, yearStart: string): string {
  const years = parts(yearStart)[0] - parts(contractStart)[0];
  return addMonths(contractStart, (years + 1) * 12);
}

/** R-P4: tickets registered in the first two months after go-live do not count. */
export function isInGoLiveGrace(goLiveDate: string | null, date: string, graceMonths = 2): boolean {
  return goLiveDate !== null && goLiveDate <= date && date < addMonths(goLiveDate, graceMonths);
}

/**
 * R-P5: how a new ticket books against its contract year, fixed when it is
 * registered (or approved). An overage ticket is billed on its own, at the
 * contract's overage price, so it never also takes a ticket of the allowance:
 * neither an included ticket nor one of a bundle bought before or after it.
 * A bundle therefore always adds exactly its tickets to what is left, and the
 * customer pays once per ticket (docs/RULES.md R-P5).
 */
export function allowanceBooking(f: { grace: boolean; unlimited: boolean; overage: boolean }): {
  counts: boolean;
  exclusion: AllowanceExclusion | null;
} {
  if (f.grace) return { counts: false, exclusion: 'go_live_grace' };
  if (f.unlimited) return { counts: false, exclusion: 'unlimited' };
  return { counts: !f.overage, exclusion: null };
}

export interface AllowanceFigures {
  /** Tickets included per contract year by the plan version in force; null = unlimited. */
  included: number | null;
  fromBundles: number;
  /** Tickets that took a ticket of the allowance this contract year (overage tickets do not). */
  used: number;
  /** Tickets registered this year that did not count (go-live grace). */
  excludedByGoLive: number;
  /** Accepted beyond the allowance and billed (overage). */
  overage: number;
}

/** R-P5: what is left of included + bundles after the tickets that used them; null when unlimited. Never negative. */
export function allowanceLeft(f: Pick<AllowanceFigures, 'included' | 'fromBundles' | 'used'>): number | null {
  if (f.included === null) return null;
  return Math.max(0, f.included + f.fromBundles - f.used);
}
