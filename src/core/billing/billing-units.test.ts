import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountForMinutes, computeBilledMinutes, roundUpToUnit } from './billing-units.js';
import { tariffInForce } from './tariffs.js';

describe('timesheets in started units (R-B7)', () => {
  it('bills a 7-minute entry as 15 minutes; 15 as 15; 16 as 30', () => {
    expect(roundUpToUnit(7, 15)).toBe(15);
    expect(roundUpToUnit(15, 15)).toBe(15);
    expect(roundUpToUnit(16, 15)).toBe(30);
    expect(computeBilledMinutes([{ id: 'a', ticketId: 't', workDate: '2026-11-20', minutes: 7 }], { unitMinutes: 15, rounding: 'per_entry' }).get('a')).toBe(15);
  });

  it('per ticket per day rounds the day\'s total once: 7 + 7 minutes bill 15, not 30', () => {
    const entries = [
      { id: 'a', ticketId: 't', workDate: '2026-11-20', minutes: 7 },
      { id: 'b', ticketId: 't', workDate: '2026-11-20', minutes: 7 },
      { id: 'c', ticketId: 't', workDate: '2026-11-21', minutes: 7 },
      { id: 'd', ticketId: 'u', workDate: '2026-11-20', minutes: 1 },
    ];
    const billed = computeBilledMinutes(entries, { unitMinutes: 15, rounding: 'per_ticket_per_day' });
    expect(billed.get('a')! + billed.get('b')!).toBe(15);
    expect(billed.get('c')).toBe(15);
    expect(billed.get('d')).toBe(15);
    expect(computeBilledMinutes(entries, { unitMinutes: 15, rounding: 'per_entry' }).get('b')).toBe(15);
  });

  it('property: per-day billing never loses or invents a minute of the rounded day total', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ t: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: 1, max: 3 }), m: fc.integer({ min: 1, max: 300 }) }), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 60 }), (rows, unit) => {
        const entries = rows.map((r, i) => ({ id: `e${i}`, ticketId: `t${r.t}`, workDate: `2026-11-0${r.d}`, minutes: r.m }));
        const billed = computeBilledMinutes(entries, { unitMinutes: unit, rounding: 'per_ticket_per_day' });
        const days = new Set(entries.map((e) => `${e.ticketId}|${e.workDate}`));
        for (const k of days) {
          const group = entries.filter((e) => `${e.ticketId}|${e.workDate}` === k);
          const raw = group.reduce((n, e) => n + e.minutes, 0);
          expect(group.reduce((n, e) => n + billed.get(e.id)!, 0)).toBe(roundUpToUnit(raw, unit));
        }
      }),
    );
  });

  it('prices minutes at an hourly rate, rounded once: 15 minutes at €99.99/h is €25.00', () => {
    expect(amountForMinutes(15, 9_999)).toBe(2_500);
    expect(amountForMinutes(15, 8_000)).toBe(2_000);
  });

  it('uses the tariff in force on the entry\'s day, for its activity, else the all-activities tariff', () => {
    const tariffs = [
      { id: 'all-2026', activity: null, currency: 'EUR', ratePerHourCents: 8_000, effectiveFrom: '2026-01-01' },
      { id: 'conf-2026', activity: 'configuration' as const, currency: 'EUR', ratePerHourCents: 9_000, effectiveFrom: '2026-01-01' },
      { id: 'conf-jul', activity: 'configuration' as const, currency: 'EUR', ratePerHourCents: 9_500, effectiveFrom: '2026-07-01' },
      { id: 'usd', activity: null, currency: 'USD', ratePerHourCents: 1, effectiveFrom: '2020-01-01' },
    ];
    expect(tariffInForce(tariffs, 'configuration', 'EUR', '2026-06-30')?.id).toBe('conf-2026');
    expect(tariffInForce(tariffs, 'configuration', 'EUR', '2026-07-01')?.id).toBe('conf-jul');
    expect(tariffInForce(tariffs, 'testing', 'EUR', '2026-07-01')?.id).toBe('all-2026');
    expect(tariffInForce(tariffs, 'testing', 'EUR', '2025-12-31')).toBeNull();
  });
});
