import { DomainError } from '../errors.js';
import { parseIsoDate } from '../time/civil-date.js';
import { mulDivRound } from './money.js';
import type { ContractChargeKind } from '../enums.js';

/** What a contract fee charge is for (R-P7..R-P10). */
export type ChargeKind = ContractChargeKind;

/** A computed contract fee: `months`/12 of `yearlyPriceCents`, for the dates it covers. */
export interface ChargeQuote {
  kind: ChargeKind;
  ruleId: 'R-P7' | 'R-P8' | 'R-P9' | 'R-P10';
  /** First and last day covered ('YYYY-MM-DD', inclusive). */
  periodStart: string;
  periodEnd: string;
  /** Months charged; the fraction is months / 12. */
  months: number;
  /** The yearly price the fraction applies to (for an adjustment: the yearly difference), minor units. */
  yearlyPriceCents: number;
  /** months × yearly / 12, rounded half away from zero once, minor units. */
  amountCents: number;
}

function ym(date: string): [number, number] {
  if (parseIsoDate(date) === null) throw new RangeError(`Not a date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
}

/**
 * Month counting (R-P7, R-P9): whole calendar months from the month of `from`
 * through the month of `through`, both counted. The month in which a contract
 * starts counts as a whole month whatever the day: acceptance on 1 May or on
 * 15 May both charge May (May..December = 8 months). 0 when `through` lies in
 * an earlier month than `from`.
 */
export function countMonths(from: string, through: string): number {
  const [fy, fm] = ym(from);
  const [ty, tm] = ym(through);
  return Math.max(0, ty * 12 + tm - (fy * 12 + fm) + 1);
}

/**
 * R-P7 activation after the project's final acceptance. Accepted on or before
 * 31 August (31 August itself counts as "before" unless
 * `augustThirtyFirstCounts` is false, a vendor setting): the contract runs to
 * 31 December of that year and costs (remaining months) / 12, e.g. 1 May →
 * 8/12. Accepted after 31 August: it runs to 31 December of the next year and
 * costs (remaining months + 12) / 12, e.g. 1 October → 15/12. Remaining
 * months include the month of acceptance (see countMonths).
 */
export function computeActivationCharge(input: { yearlyPriceCents: number; acceptanceDate: string; augustThirtyFirstCounts?: boolean }): ChargeQuote {
  const [y] = ym(input.acceptanceDate);
  const cutoff = `${y}-08-31`;
  const before = input.acceptanceDate < cutoff || (input.acceptanceDate === cutoff && (input.augustThirtyFirstCounts ?? true));
  const periodEnd = `${before ? y : y + 1}-12-31`;
  const months = countMonths(input.acceptanceDate, periodEnd);
  return quote('activation', 'R-P7', input.acceptanceDate, periodEnd, months, input.yearlyPriceCents);
}

/** R-P8 retroactive activation (no contract, or not renewed in time): the whole calendar year, 1 January – 31 December, 12/12. */
export function computeRetroactiveCharge(input: { yearlyPriceCents: number; year: number }): ChargeQuote {
  return quote('retroactive', 'R-P8', `${input.year}-01-01`, `${input.year}-12-31`, 12, input.yearlyPriceCents);
}

/** R-P10 renewal on 1 January: the calendar year at the yearly price, 12/12. */
export function computeRenewalCharge(input: { yearlyPriceCents: number; year: number }): ChargeQuote {
  return quote('renewal', 'R-P10', `${input.year}-01-01`, `${input.year}-12-31`, 12, input.yearlyPriceCents);
}

/**
 * R-P9 adjustment when the licence or development cost changes: the yearly
 * price difference, in proportion to the months left from the month of the
 * change (counted) through the last month already paid for (`paidThrough`,
 * normally 31 December of the change's year; 31 December of the next year
 * during a 15-month first term). Negative when the price goes down.
 */
export function computeAdjustmentCharge(input: { oldYearlyCents: number; newYearlyCents: number; changeDate: string; paidThrough: string }): ChargeQuote {
  const months = countMonths(input.changeDate, input.paidThrough);
  return quote('adjustment', 'R-P9', input.changeDate, input.paidThrough, months, input.newYearlyCents - input.oldYearlyCents);
}

/** R-P9 yearly increase: the new yearly price, yearly × (1 + bp / 10000), rounded half up to the minor unit. */
export function computeIncreasedPrice(yearlyPriceCents: number, percentBp: number): number {
  return mulDivRound(yearlyPriceCents, 10_000 + percentBp, 10_000);
}

/**
 * R-P9: a yearly increase (without a cost change) needs the customer's
 * recorded agreement and may not exceed the inflation rate a manager entered
 * for that year. Throws INFLATION_RATE_MISSING, INCREASE_ABOVE_INFLATION,
 * INCREASE_NOT_AGREED; VALIDATION_FAILED for a non-positive percentage.
 */
export function assertYearlyIncreaseAllowed(input: { percentBp: number; inflationBp: number | null; agreed: boolean }): void {
  if (!Number.isInteger(input.percentBp) || input.percentBp <= 0) {
    throw new DomainError('VALIDATION_FAILED', 'An increase is a positive percentage.', [{ path: 'body.percentBp', problem: 'must be a positive integer (basis points)' }]);
  }
  if (input.inflationBp === null) throw new DomainError('INFLATION_RATE_MISSING', 'Enter the inflation rate for that year first.');
  if (input.percentBp > input.inflationBp) {
    throw new DomainError('INCREASE_ABOVE_INFLATION', 'The increase exceeds the inflation rate.', { percentBp: input.percentBp, inflationBp: input.inflationBp });
  }
  if (!input.agreed) throw new DomainError('INCREASE_NOT_AGREED', 'A yearly increase needs the customer\'s recorded agreement.');
}

/**
 * R-P9 (seed 002): an increase up to inflation is allowed only "provided there
 * is no adjustment of the licence or development cost". Coverdesk reads the
 * year of a cost change (its change date) and the year an increase applies
 * from as the same contract year: one or the other, never both, whichever was
 * recorded first stands. Throws INCREASE_AND_ADJUSTMENT_SAME_YEAR with what
 * is already there.
 */
export function assertIncreaseWithoutAdjustment(input: { year: number; adjustment: { id: string; periodStart: string } | null }): void {
  if (!input.adjustment) return;
  throw new DomainError(
    'INCREASE_AND_ADJUSTMENT_SAME_YEAR',
    `The price was already adjusted for a licence or development cost change on ${input.adjustment.periodStart}; no inflation increase may apply in ${input.year}.`,
    { year: input.year, existing: 'adjustment', chargeId: input.adjustment.id, changeDate: input.adjustment.periodStart },
  );
}

/** R-P9, the other way round: a cost change dated in a year that already has an agreed inflation increase. See assertIncreaseWithoutAdjustment. */
export function assertAdjustmentWithoutIncrease(input: { year: number; increase: { id: string; percentBp: number } | null }): void {
  if (!input.increase) return;
  throw new DomainError(
    'INCREASE_AND_ADJUSTMENT_SAME_YEAR',
    `An inflation increase is already agreed for ${input.year}; a licence or development cost adjustment may not apply in the same year.`,
    { year: input.year, existing: 'increase', increaseId: input.increase.id, percentBp: input.increase.percentBp },
  );
}

function quote(kind: ChargeKind, ruleId: ChargeQuote['ruleId'], periodStart: string, periodEnd: string, months: number, yearly: number): ChargeQuote {
  return { kind, ruleId, periodStart, periodEnd, months, yearlyPriceCents: yearly, amountCents: mulDivRound(yearly, months, 12) };
}
