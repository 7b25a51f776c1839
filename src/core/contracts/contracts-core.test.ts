import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { canAuthorizeAnother, computeAuthorizedCap } from './authorized-cap.js';
import { checkContractDates, isContractActiveOn } from './contract-dates.js';
import { computeYearlyPriceCents } from './contract-price.js';
import { assertCanEditContacts, customerScope } from './tenant-scope.js';

describe('authorized-contact cap (R-C2)', () => {
  it('takes the most generous current contract; null is unlimited; no contract allows none', () => {
    expect(computeAuthorizedCap([])).toEqual({ kind: 'no_contract' });
    expect(computeAuthorizedCap([{ contractId: 'a', maxAuthorizedContacts: 4 }, { contractId: 'b', maxAuthorizedContacts: 7 }])).toEqual({ kind: 'limited', cap: 7, contractId: 'b' });
    expect(computeAuthorizedCap([{ contractId: 'a', maxAuthorizedContacts: 4 }, { contractId: 'b', maxAuthorizedContacts: null }]).kind).toBe('unlimited');
  });
  it('one more fits strictly below the cap; a cap of 0 allows none', () => {
    const cap = { kind: 'limited' as const, cap: 4, contractId: 'a' };
    expect([3, 4].map((n) => canAuthorizeAnother(cap, n))).toEqual([true, false]);
    expect(canAuthorizeAnother({ kind: 'limited', cap: 0, contractId: 'a' }, 0)).toBe(false);
    expect(canAuthorizeAnother({ kind: 'no_contract' }, 0)).toBe(false);
  });
});

describe('contract dates and price (R-P3, R-P6)', () => {
  it('end ≥ start; active from start to end inclusive', () => {
    expect(checkContractDates({ startDate: '2026-05-01', goLiveDate: null, endDate: '2026-04-30' })).toHaveLength(1);
    expect(checkContractDates({ startDate: '2026-05-01', goLiveDate: null, endDate: '2026-05-01' })).toEqual([]);
    const c = { startDate: '2026-05-01', endDate: '2026-12-31' };
    expect(['2026-04-30', '2026-05-01', '2026-12-31', '2027-01-01'].map((d) => isContractActiveOn(c, d))).toEqual([false, true, true, false]);
    expect(isContractActiveOn({ startDate: '2026-05-01', endDate: null }, '2099-01-01')).toBe(true);
  });
  it('yearly price = basis × percent (basis points), half up to the cent, unless given', () => {
    expect(computeYearlyPriceCents({ priceBasis: 'licence', basisAmountCents: 1_000_000, percentBp: 1800, yearlyPriceCents: null })).toBe(180_000);
    expect(computeYearlyPriceCents({ priceBasis: 'development', basisAmountCents: 333, percentBp: 1500, yearlyPriceCents: null })).toBe(50);
    expect(computeYearlyPriceCents({ priceBasis: 'fixed', basisAmountCents: 1000, percentBp: 1000, yearlyPriceCents: null })).toBeNull();
    expect(computeYearlyPriceCents({ priceBasis: 'licence', basisAmountCents: 1000, percentBp: 1000, yearlyPriceCents: 7 })).toBe(7);
  });
});

describe('tenant scope (RULES §1)', () => {
  const contact = (isAdministrator: boolean): Actor => ({ kind: 'contact', id: 'c1', customerId: 'A', isAuthorized: true, isAdministrator, name: 'C', email: 'c@a', locale: 'en', timeZone: 'UTC' });
  it("another customer's data is NOT_FOUND for a contact; staff see all", () => {
    expect(() => customerScope(contact(false), 'B')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(customerScope(contact(false), 'A')).toBe('A');
    expect(customerScope({ kind: 'system', id: null }, 'B')).toBe('B');
  });
  it('only the administrator contact edits its contacts; agents never', () => {
    expect(() => assertCanEditContacts(contact(true), 'A')).not.toThrow();
    expect(() => assertCanEditContacts(contact(false), 'A')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertCanEditContacts(contact(true), 'B')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const agent: Actor = { kind: 'user', id: 'u', role: 'agent', name: 'A', email: 'a@v', locale: 'en', timeZone: 'UTC' };
    expect(() => assertCanEditContacts(agent, 'A')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
