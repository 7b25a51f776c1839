import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, mulDivRound } from './money.js';
import { buildInvoiceLines, creditLines, invoiceTotal } from './invoice-lines.js';

describe('money in minor units', () => {
  it('mulDivRound rounds half away from zero, exactly', () => {
    expect(mulDivRound(1, 1, 2)).toBe(1);
    expect(mulDivRound(-1, 1, 2)).toBe(-1);
    expect(mulDivRound(1_000_000, 8, 12)).toBe(666_667);
    expect(mulDivRound(2 ** 50, 10_000, 10_000)).toBe(2 ** 50);
  });

  it('property: allocating never loses or invents a cent, and each part is within one cent of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = allocate(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p * sum - total * weights[i]!)).toBeLessThan(sum));
      }),
    );
  });

  it('property: an invoice total equals the sum of its lines, and a full credit note cancels it', () => {
    const tariff = (id: string, rate: number) => ({ id, activity: null, currency: 'EUR', ratePerHourCents: rate, effectiveFrom: '2026-01-01' });
    fc.assert(
      fc.property(
        fc.array(fc.record({ months: fc.integer({ min: 0, max: 15 }), yearly: fc.integer({ min: 0, max: 1e9 }) }), { maxLength: 5 }),
        fc.array(fc.record({ ticket: fc.integer({ min: 1, max: 4 }), minutes: fc.integer({ min: 1, max: 600 }), rate: fc.integer({ min: 0, max: 50_000 }) }), { maxLength: 20 }),
        (charges, time) => {
          const lines = buildInvoiceLines(
            {
              charges: charges.map((c, i) => ({ id: `c${i}`, kind: 'renewal', reference: '', months: c.months, periodStart: '2026-01-01', periodEnd: '2026-12-31', yearlyPriceCents: c.yearly, amountCents: mulDivRound(c.yearly, c.months, 12) })),
              bundles: [],
              overage: [],
              time: time.map((t, i) => ({ entryId: `e${i}`, ticketId: `t${t.ticket}`, number: t.ticket, subject: 's', activity: 'testing', billedMinutes: t.minutes, tariff: tariff(`r${t.rate}`, t.rate) })),
            },
            'es',
          );
          const total = invoiceTotal(lines);
          expect(total).toBe(lines.reduce((n, l) => n + l.amountCents, 0));
          expect(invoiceTotal(creditLines(lines)) + total).toBe(0);
          expect(lines.filter((l) => l.sourceType === 'ticket_time').flatMap((l) => l.sourceItems).sort()).toEqual(time.map((_, i) => `e${i}`).sort());
        },
      ),
    );
  });
});
