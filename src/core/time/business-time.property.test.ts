import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { addWorkingDays } from './add-working-days.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import type { CalendarSpec } from './calendar.js';
import { compileCalendar } from './compile-calendar.js';
import { isOpen } from './is-open.js';
import { nextOpening } from './next-opening.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, everyDay, singleVersion, weekdays } from './testing/preset-calendars.js';
import { ReferenceCalendar } from './testing/reference-calendar.js';

// Property tests (R-T2) against a minute-stepping reference. Fixed seed: deterministic, no real clock.
const SEED = 20260327;
const HOUR = 3600;
const specs: Record<string, CalendarSpec> = {
  ...PRESET_CALENDARS,
  'new-york-24x7': { timeZone: 'America/New_York', weekly: everyDay(['00:00', '24:00']) },
  'athens-lunch-break': { timeZone: 'Europe/Athens', weekly: weekdays(['09:00', '13:00'], ['15:00', '18:00']), holidayCountry: 'GR' },
  'new-york-night-sunday': { timeZone: 'America/New_York', weekly: { ...weekdays(['09:00', '17:00']), sun: [['00:30', '03:30']] }, holidayCountry: 'US' },
};
const names = Object.keys(specs);
const compiled = Object.fromEntries(names.map((n) => [n, compileCalendar(singleVersion(specs[n]!), { fromYear: 2026, toYear: 2028 })]));
const reference = Object.fromEntries(names.map((n) => [n, new ReferenceCalendar(specs[n]!, [2025, 2026, 2027, 2028])]));

const START = at('2026-01-02T00:00:00Z');
const END = at('2027-11-30T00:00:00Z');
const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2027-03-14', '2027-03-28', '2027-10-31', '2027-11-07'].map((d) => at(`${d}T00:00:00Z`));
/** Instants to the second, a third of them within two days of a DST change. */
const instant = fc.oneof(
  fc.integer({ min: START, max: END }),
  fc.integer({ min: START, max: END }).map((t) => Math.floor(t / 60) * 60),
  fc.tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -2 * 86400, max: 2 * 86400 })).map(([d, s]) => d + s),
);
const calendar = fc.constantFrom(...names);
const run = (p: fc.IRawProperty<unknown[]>, numRuns: number) => fc.assert(p, { numRuns, seed: SEED });

describe('business time properties against a minute-stepping reference (R-T2)', () => {
  it('R-T2 between(a, b) equals the reference, to the second (2,500 runs)', () => {
    run(fc.property(calendar, instant, fc.integer({ min: 0, max: 4 * 86400 }), (c, a, span) => {
      expect(businessSecondsBetween(compiled[c]!, a, a + span)).toBe(reference[c]!.between(a, a + span));
    }), 2500);
  });

  it('R-T5 add(a, s) equals the reference: the earliest instant the budget is used up (2,000 runs)', () => {
    run(fc.property(calendar, instant, fc.integer({ min: 0, max: 20 * HOUR }), (c, a, s) => {
      expect(addBusinessSeconds(compiled[c]!, a, s)).toBe(reference[c]!.add(a, s));
    }), 2000);
  });

  it('R-T2 isOpen and nextOpening equal the reference (1,500 runs)', () => {
    run(fc.property(calendar, instant, (c, t) => {
      expect(isOpen(compiled[c]!, t)).toBe(reference[c]!.openAt(t));
      expect(nextOpening(compiled[c]!, t)).toBe(reference[c]!.nextOpen(t));
    }), 1500);
  });

  it('R-T2 round trip: between(a, add(a, s)) = s (1,500 runs)', () => {
    run(fc.property(calendar, instant, fc.integer({ min: 0, max: 200 * HOUR }), (c, a, s) => {
      expect(businessSecondsBetween(compiled[c]!, a, addBusinessSeconds(compiled[c]!, a, s))).toBe(s);
    }), 1500);
  });

  it('R-T2 monotonic in the start and in the amount (1,500 runs)', () => {
    run(fc.property(calendar, instant, instant, fc.nat(100 * HOUR), fc.nat(100 * HOUR), (c, x, y, s1, s2) => {
      const cal = compiled[c]!;
      const [a, b] = x <= y ? [x, y] : [y, x];
      const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
      expect(addBusinessSeconds(cal, a, lo)).toBeLessThanOrEqual(addBusinessSeconds(cal, b, lo));
      expect(addBusinessSeconds(cal, a, lo)).toBeLessThanOrEqual(addBusinessSeconds(cal, a, hi));
      expect(businessSecondsBetween(cal, a, b)).toBeGreaterThanOrEqual(0);
    }), 1500);
  });

  it('R-T2 additive and antisymmetric: between(a,b) + between(b,c) = between(a,c) (1,500 runs)', () => {
    run(fc.property(calendar, instant, instant, instant, (n, a, b, c) => {
      const cal = compiled[n]!;
      expect(businessSecondsBetween(cal, a, b) + businessSecondsBetween(cal, b, c)).toBe(businessSecondsBetween(cal, a, c));
      expect(businessSecondsBetween(cal, b, a) + businessSecondsBetween(cal, a, b)).toBe(0);
    }), 1500);
  });

  it('R-T3 on the uniform presets, N working days = N × day length of business time (1,000 runs)', () => {
    const dayHours: Record<string, number> = { 'athento-plus': 4, 'athento-standard': 7, 'athento-company': 9, 'athento-enterprise': 12, 'altanet': 8 };
    run(fc.property(fc.constantFrom(...Object.keys(dayHours)), instant, fc.integer({ min: 0, max: 30 }), (c, t, n) => {
      const cal = compiled[c]!;
      expect(addWorkingDays(cal, t, n)).toBe(addBusinessSeconds(cal, t, n * dayHours[c]! * HOUR));
    }), 1000);
  });
});
