import { describe, expect, it } from 'vitest';
import { computeHolidays } from '../catalogue/holiday-list.js';
import type { CalendarSpec } from './calendar.js';
import { holidayPlace } from './holiday-place.js';
import { validateCalendarSpec } from './validate-calendar-spec.js';

const week = { mon: [['10:00', '14:00']], tue: [['10:00', '14:00']], wed: [['10:00', '14:00']], thu: [['10:00', '14:00']], fri: [['10:00', '14:00']], sat: [], sun: [] } as CalendarSpec['weekly'];
const spec = (place: Pick<CalendarSpec, 'holidayCountry' | 'holidayRegion'>): CalendarSpec => ({ timeZone: 'Europe/Madrid', weekly: week, ...place });
const daysOff2027 = (place: Pick<CalendarSpec, 'holidayCountry' | 'holidayRegion'>) => computeHolidays(spec(place), 2027).map((h) => h.date);
const problems = (place: Pick<CalendarSpec, 'holidayCountry' | 'holidayRegion'>) => validateCalendarSpec(spec(place)).map((p) => [p.path, p.code]);

// Good Friday 2027 is 26 March (national in Spain); Maundy Thursday, 25 March, is a Madrid holiday, not a national one.
describe('holiday country and region mean what they say (R-T1, issue 12 item 10)', () => {
  it('regression: holidayRegion "ES" alone means Spain\'s national holidays (Good Friday 2027 is a day off), not none', () => {
    expect(holidayPlace({ holidayRegion: 'ES' })).toEqual({ country: 'ES' });
    expect(daysOff2027({ holidayRegion: 'ES' })).toContain('2027-03-26');
    expect(daysOff2027({ holidayRegion: 'ES' })).not.toContain('2027-03-25');
    expect(problems({ holidayRegion: 'ES' })).toEqual([]);
  });

  it('regression: an unknown country or region is a coded problem, never "no holidays"', () => {
    expect(problems({ holidayRegion: 'XX' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_COUNTRY']]);
    expect(problems({ holidayCountry: 'XX' })).toEqual([['holidayCountry', 'UNKNOWN_HOLIDAY_COUNTRY']]);
    expect(problems({ holidayRegion: 'ES-ZZ' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_REGION']]);
    expect(problems({ holidayCountry: 'ES', holidayRegion: 'ZZ' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_REGION']]);
    expect(problems({ holidayCountry: 'ES', holidayRegion: 'FR-IDF' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_REGION']]);
    expect(problems({ holidayRegion: 'DE-BY-ZZ' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_REGION']]);
    expect(problems({ holidayRegion: 'DE-BY-A-B' })).toEqual([['holidayRegion', 'UNKNOWN_HOLIDAY_REGION']]);
    expect(validateCalendarSpec(spec({ holidayRegion: 'ES-ZZ' }))[0]!.message).toContain('its regions are AN, AR');
  });

  it('a region means its own holidays, national ones included, in every spelling the library uses', () => {
    for (const place of [{ holidayRegion: 'ES-MD' }, { holidayRegion: 'es.md' }, { holidayCountry: 'ES', holidayRegion: 'MD' }, { holidayCountry: 'ES', holidayRegion: 'ES-MD' }]) {
      expect(holidayPlace(place)).toEqual({ country: 'ES', region: 'MD' });
      expect(problems(place)).toEqual([]);
      expect(daysOff2027(place)).toEqual(expect.arrayContaining(['2027-03-25', '2027-03-26']));
    }
    expect(holidayPlace({ holidayCountry: 'ES', holidayRegion: 'ES' })).toEqual({ country: 'ES' });
    expect(holidayPlace({ holidayRegion: 'DE-BY-A' })).toEqual({ country: 'DE', region: 'BY', subregion: 'A' });
    expect(holidayPlace({ holidayCountry: 'DE', holidayRegion: 'BY.A' })).toEqual({ country: 'DE', region: 'BY', subregion: 'A' });
    expect(problems({ holidayRegion: 'DE-BY-A' })).toEqual([]);
    // Augsburg's Peace Festival (8 August) is a day off only in that sub-region.
    expect(computeHolidays({ ...spec({ holidayRegion: 'DE-BY-A' }), timeZone: 'Europe/Berlin' }, 2027).map((h) => h.date)).toContain('2027-08-08');
    expect(computeHolidays({ ...spec({ holidayRegion: 'DE-BY' }), timeZone: 'Europe/Berlin' }, 2027).map((h) => h.date)).not.toContain('2027-08-08');
  });
});
