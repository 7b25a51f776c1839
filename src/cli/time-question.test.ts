import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instant, parseInstantMs } from './time-question.js';

const two = (n: number) => String(n).padStart(2, '0');

describe('coverdesk time: reading instants (R-T2)', () => {
  it('parseInstantMs gives what Date.parse gives, in and out of the fast path', () => {
    // Fields drawn a little beyond their ranges (month 13, day 31 of April, 24:00, offset 24:00) to cross into the fallback.
    const iso = fc.record({
      y: fc.integer({ min: 900, max: 2400 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.option(fc.integer({ min: 0, max: 60 })),
      frac: fc.option(fc.constantFrom('.5', '.123', '.123456789')), zone: fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+14:00', '-00:00', '+24:00', '+05:60'),
    }).map((f) => `${String(f.y).padStart(4, '0')}-${two(f.mo)}-${two(f.d)}T${two(f.h)}:${two(f.mi)}${f.s === null ? '' : `:${two(f.s)}${f.frac ?? ''}`}${f.zone}`);
    fc.assert(fc.property(iso, (s) => {
      expect(parseInstantMs(s)).toEqual(Date.parse(s));
    }), { seed: 20261208, numRuns: 20_000 });
    for (const s of ['2024-02-29T23:59:59Z', '2023-02-29T00:00Z', '2000-02-29T12:00+01:00', '1900-02-29T00:00Z', '2026-10-25T02:30:00+02:00']) {
      expect([s, parseInstantMs(s)]).toEqual([s, Date.parse(s)]);
    }
  });

  it('instant refuses what is not an instant with an offset, and years outside 1901–2299', () => {
    for (const bad of ['2026-03-27T13:00', '2026-13-01T00:00Z', '0050-01-01T00:00:00Z', '2300-01-01T00:00Z', 'tomorrow', 42]) {
      expect(() => instant(bad, 'from')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
    expect(instant('2026-03-27T13:00:00+01:00', 'from')).toBe(Date.UTC(2026, 2, 27, 12) / 1000);
  });
});
