import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import type { CalendarSpec } from './calendar.js';
import { compileCalendar } from './compile-calendar.js';
import { isOpen } from './is-open.js';
import { toLocalIso } from './local-time.js';
import { at } from './testing/instants.js';
import { everyDay, singleVersion, weekdays } from './testing/preset-calendars.js';

const H = 3600;
const compile = (spec: CalendarSpec) => compileCalendar(singleVersion(spec), { fromYear: 2026, toYear: 2026 });
const allDay = (timeZone: string) => compile({ timeZone, weekly: everyDay(['00:00', '24:00']) });

describe('R-T2 24×7 calendars across DST (a 24×7 calendar is just a calendar)', () => {
  const cases: Array<[string, string, string, number]> = [
    ['Europe/Madrid', '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', 23],
    ['Europe/Madrid', '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00', 25],
    ['Europe/Athens', '2026-03-29T00:00:00+02:00', '2026-03-30T00:00:00+03:00', 23],
    ['Europe/Athens', '2026-10-25T00:00:00+03:00', '2026-10-26T00:00:00+02:00', 25],
    ['America/New_York', '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', 23],
    ['America/New_York', '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', 25],
  ];
  it.each(cases)('R-T2 %s local day %s holds %s hours', (tz, from, to, hours) => {
    expect(businessSecondsBetween(allDay(tz), at(from), at(to))).toBe(hours * H);
  });

  it('R-T2 adding 1 h at 01:30 on the Madrid spring-forward day lands at 03:30 CEST', () => {
    const cal = allDay('Europe/Madrid');
    expect(toLocalIso(cal, addBusinessSeconds(cal, at('2026-03-29T01:30:00+01:00'), H))).toBe('2026-03-29T03:30:00+02:00');
  });

  it('R-T2 adding 1 h at 02:30 CEST on the Madrid fall-back day lands at 02:30 CET', () => {
    const cal = allDay('Europe/Madrid');
    expect(toLocalIso(cal, addBusinessSeconds(cal, at('2026-10-25T02:30:00+02:00'), H))).toBe('2026-10-25T02:30:00+01:00');
  });
});

describe('R-T2 working intervals that touch the DST change', () => {
  it('R-T2 New York night shift 01:00–04:00: 2 h on spring-forward Sunday, 4 h on fall-back Sunday', () => {
    const cal = compile({ timeZone: 'America/New_York', weekly: { ...weekdays(), sun: [['01:00', '04:00']] } });
    expect(businessSecondsBetween(cal, at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'))).toBe(2 * H);
    expect(businessSecondsBetween(cal, at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00'))).toBe(4 * H);
  });

  it('R-T2 an opening inside the gap (Athens 03:30, clocks jump 03:00→04:00) opens at the jump', () => {
    const cal = compile({ timeZone: 'Europe/Athens', weekly: everyDay(['03:30', '05:00']) });
    expect(isOpen(cal, at('2026-03-29T04:00:00+03:00'))).toBe(true);
    expect(isOpen(cal, at('2026-03-29T00:59:59Z'))).toBe(false);
    expect(businessSecondsBetween(cal, at('2026-03-29T00:00:00+02:00'), at('2026-03-30T00:00:00+03:00'))).toBe(1 * H);
  });

  it('R-T2 an opening inside the overlap (Athens 03:30 happens twice) opens the first time', () => {
    // Wall clock 04:00 EEST → 03:00 EET. The interval runs from the first 03:30 (EEST) to 05:00 EET: 2.5 h.
    const cal = compile({ timeZone: 'Europe/Athens', weekly: everyDay(['03:30', '05:00']) });
    expect(businessSecondsBetween(cal, at('2026-10-25T00:00:00+03:00'), at('2026-10-26T00:00:00+02:00'))).toBe(2.5 * H);
  });

  it('R-T2 contiguous intervals split inside the overlap stay contiguous (no double counting)', () => {
    const cal = compile({ timeZone: 'Europe/Madrid', weekly: everyDay(['00:00', '02:30'], ['02:30', '05:00']) });
    // 00:00 CEST to 05:00 CET is 6 real hours.
    expect(businessSecondsBetween(cal, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(6 * H);
  });

  it('R-T2 New York 9–17: Friday 16:00 EST + 2 h is Monday 10:00 EDT after spring forward', () => {
    const cal = compile({ timeZone: 'America/New_York', weekly: weekdays(['09:00', '17:00']) });
    expect(toLocalIso(cal, addBusinessSeconds(cal, at('2026-03-06T16:00:00-05:00'), 2 * H))).toBe('2026-03-09T10:00:00-04:00');
  });
});
