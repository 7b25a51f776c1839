import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  assertYearlyIncreaseAllowed, computeActivationCharge, computeAdjustmentCharge, computeIncreasedPrice, computeRenewalCharge, computeRetroactiveCharge, countMonths,
} from './pricing.js';

const YEARLY = 1_200_000; // €12,000.00

describe('contract pricing (002, R-P6..R-P10)', () => {
  it('R-P7: starting 1 May costs 8/12 and runs to 31 December', () => {
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-05-01' })).toMatchObject({ months: 8, periodEnd: '2026-12-31', amountCents: 800_000, ruleId: 'R-P7' });
  });

  it('R-P7: starting 1 October costs 15/12 and runs to the end of the next year', () => {
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-10-01' })).toMatchObject({ months: 15, periodEnd: '2027-12-31', amountCents: 1_500_000 });
  });

  it('R-P7: the month of acceptance counts whole: 15 May is 8/12 like 1 May', () => {
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-05-15' })).toMatchObject({ months: 8, periodStart: '2026-05-15', amountCents: 800_000 });
  });

  it('R-P7: 31 August counts as before by default (5/12), after it with the setting off (17/12); 1 September is after (16/12)', () => {
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-08-31' })).toMatchObject({ months: 5, periodEnd: '2026-12-31' });
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-08-31', augustThirtyFirstCounts: false })).toMatchObject({ months: 17, periodEnd: '2027-12-31' });
    expect(computeActivationCharge({ yearlyPriceCents: YEARLY, acceptanceDate: '2026-09-01' })).toMatchObject({ months: 16, periodEnd: '2027-12-31' });
  });

  it('R-P8: retroactive activation charges the whole current year from 1 January', () => {
    expect(computeRetroactiveCharge({ yearlyPriceCents: YEARLY, year: 2026 })).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-12-31', months: 12, amountCents: YEARLY, ruleId: 'R-P8' });
  });

  it('R-P10: a renewal is 12/12 of the calendar year', () => {
    expect(computeRenewalCharge({ yearlyPriceCents: 99_999, year: 2027 })).toMatchObject({ periodStart: '2027-01-01', months: 12, amountCents: 99_999 });
  });

  it('R-P9: a cost change is charged in proportion to the months left, the month of change included', () => {
    expect(computeAdjustmentCharge({ oldYearlyCents: 1_800_000, newYearlyCents: 2_400_000, changeDate: '2026-10-20', paidThrough: '2026-12-31' })).toMatchObject({ months: 3, amountCents: 150_000 });
    expect(computeAdjustmentCharge({ oldYearlyCents: 2_400_000, newYearlyCents: 1_800_000, changeDate: '2026-10-20', paidThrough: '2027-12-31' })).toMatchObject({ months: 15, amountCents: -750_000 });
  });

  it('R-P9: an increase needs agreement and may not exceed the inflation rate entered', () => {
    const code = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => assertYearlyIncreaseAllowed({ percentBp: 300, inflationBp: null, agreed: true }))).toBe('INFLATION_RATE_MISSING');
    expect(code(() => assertYearlyIncreaseAllowed({ percentBp: 311, inflationBp: 310, agreed: true }))).toBe('INCREASE_ABOVE_INFLATION');
    expect(code(() => assertYearlyIncreaseAllowed({ percentBp: 310, inflationBp: 310, agreed: false }))).toBe('INCREASE_NOT_AGREED');
    expect(code(() => assertYearlyIncreaseAllowed({ percentBp: 310, inflationBp: 310, agreed: true }))).toBeNull();
    expect(computeIncreasedPrice(1_000_005, 310)).toBe(1_031_005);
  });

  it('property: over every start month and day, the fraction is (13 − month)/12, or + 12 after 31 August, and never invents a cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 10_000_000_00 }), (y, m, d, yearly) => {
        const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const q = computeActivationCharge({ yearlyPriceCents: yearly, acceptanceDate: date });
        const remaining = 13 - m;
        expect(q.months).toBe(m <= 8 ? remaining : remaining + 12);
        expect(q.periodEnd).toBe(`${m <= 8 ? y : y + 1}-12-31`);
        expect(countMonths(date, q.periodEnd)).toBe(q.months);
        // Exact: |amount × 12 − yearly × months| ≤ 6 (half a cent of twelfths), rounded once.
        expect(Math.abs(q.amountCents * 12 - yearly * q.months)).toBeLessThanOrEqual(6);
      }),
    );
  });
});
