import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUtcIso } from './local-time.js';

describe('toUtcIso (R-T2 answers)', () => {
  it('formats like Date#toISOString without the milliseconds, for any instant', () => {
    // Years 0–275759 in both directions of the epoch, fractions of a second dropped (floor).
    const t = fc.double({ min: -62_000_000_000, max: 8_000_000_000_000, noNaN: true });
    fc.assert(fc.property(t, (x) => {
      expect(toUtcIso(x)).toBe(`${new Date(Math.floor(x) * 1000).toISOString().slice(0, 19)}Z`);
    }), { seed: 20261208, numRuns: 20_000 });
    expect([toUtcIso(0), toUtcIso(-0.5), toUtcIso(951_868_799.9)]).toEqual(['1970-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '2000-02-29T23:59:59Z']);
  });
});
