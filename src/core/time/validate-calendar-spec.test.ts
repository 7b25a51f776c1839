import { describe, expect, it } from 'vitest';
import type { CalendarSpec } from './calendar.js';
import { validateCalendarSpec } from './validate-calendar-spec.js';
import { weekdays } from './testing/preset-calendars.js';

const ok: CalendarSpec = { timeZone: 'Europe/Madrid', weekly: weekdays(['09:00', '13:00'], ['15:00', '24:00']), holidayRegion: 'ES-MD' };
const paths = (spec: CalendarSpec) => validateCalendarSpec(spec).map((p) => `${p.path} ${p.code}`);

describe('validateCalendarSpec (R-T1)', () => {
  it('R-T1 accepts a valid spec with a lunch break and a 24:00 end', () => {
    expect(validateCalendarSpec(ok)).toEqual([]);
  });

  it('R-T1 reports each problem with its field path', () => {
    expect(paths({ ...ok, timeZone: 'Europe/Atlantis' })).toEqual(['timeZone INVALID_TIME_ZONE']);
    expect(paths({ ...ok, weekly: { ...ok.weekly, mon: [['09:00', '13:00'], ['12:00', '14:00']] } })).toEqual(['weekly.mon[1] OVERLAPPING_INTERVALS']);
    expect(paths({ ...ok, weekly: { ...ok.weekly, tue: [['17:00', '09:00']] } })).toEqual(['weekly.tue[0] EMPTY_INTERVAL']);
    expect(paths({ ...ok, weekly: { ...ok.weekly, wed: [['9:00', '25:00']] } })).toEqual(['weekly.wed[0] INVALID_TIME']);
    expect(paths({ ...ok, holidayRegion: 'ES-XX' })).toEqual(['holidayRegion UNKNOWN_HOLIDAY_REGION']);
    expect(paths({ ...ok, holidayRegion: undefined, holidayCountry: 'QQ' })).toEqual(['holidayCountry UNKNOWN_HOLIDAY_COUNTRY']);
    expect(paths({ ...ok, holidays: ['2026-02-30'], customDays: [{ date: '2026-01-02', kind: 'closed' }, { date: '2026-01-02', kind: 'open' }] })).toEqual([
      'holidays[0] INVALID_DATE',
      'customDays[1].date DUPLICATE_DATE',
    ]);
  });

  it('R-T1 a weekday missing from the weekly map is reported', () => {
    const { sun: _sun, ...rest } = ok.weekly;
    expect(paths({ ...ok, weekly: rest as CalendarSpec['weekly'] })).toEqual(['weekly.sun MISSING_WEEKDAY']);
  });
});
