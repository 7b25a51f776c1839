import { isIsoDate } from '../../core/catalogue/dates.js';
import { checkContractDates, type ContractDates } from '../../core/contracts/contract-dates.js';
import { computeYearlyPriceCents, type PriceBasis } from '../../core/contracts/contract-price.js';
import { DomainError } from '../../core/errors.js';

/** Contract fields a caller may set (R-P3, R-P6). Money in minor units, percent in basis points. */
export interface ContractFields {
  planId?: string;
  reference?: string;
  startDate?: string;
  goLiveDate?: string | null;
  endDate?: string | null;
  priceBasis?: PriceBasis;
  basisAmountCents?: number | null;
  percentBp?: number | null;
  yearlyPriceCents?: number | null;
  currency?: string;
}

/** Throws VALIDATION_FAILED for malformed dates and INVALID_DATE_RANGE when end < start (R-P3). */
export function assertContractDates(d: ContractDates): void {
  for (const k of ['startDate', 'goLiveDate', 'endDate'] as const) {
    const v = d[k];
    if (v !== null && !isIsoDate(v)) throw new DomainError('VALIDATION_FAILED', `${v} is not a date.`, [{ path: k, problem: 'expected YYYY-MM-DD' }]);
  }
  const issues = checkContractDates(d);
  if (issues.length) throw new DomainError('INVALID_DATE_RANGE', issues[0]!.problem, issues);
}

/** The stored price fields: the yearly price derived from basis × percent when not given (R-P6). */
export function priceFields(p: { priceBasis: PriceBasis; basisAmountCents: number | null; percentBp: number | null; yearlyPriceCents: number | null }) {
  return { ...p, yearlyPriceCents: computeYearlyPriceCents(p) };
}
