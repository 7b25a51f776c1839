import { describe, expect, it } from 'vitest';
import { addBusinessSeconds } from './add-business-seconds.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import { compileCalendar } from './compile-calendar.js';
import { toLocalIso } from './local-time.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, singleVersion, weekdays } from './testing/preset-calendars.js';

const H = 3600;
const range = { fromYear: 2026, toYear: 2028 };
const cal = Object.fromEntries(Object.entries(PRESET_CALENDARS).map(([k, spec]) => [k, compileCalendar(singleVersion(spec), range)]));
const czech = compileCalendar(singleVersion({ timeZone: 'Europe/Prague', weekly: weekdays(['09:00', '17:00']), holidayCountry: 'CZ' }), range);
const catalonia = compileCalendar(singleVersion({ ...PRESET_CALENDARS['athento-plus']!, holidayRegion: 'ES-CT', holidayCountry: undefined }), range);

const addCases: Array<[string, string, string, number, string]> = [
  // Enterprise 8–20: Fri 19:00 + 2 h = 1 h Friday (19–20) + 1 h Monday (08–09); DST on Sunday 29 March.
  ['R-T2 Enterprise Blocker response, Friday 19:00 before the DST weekend', 'athento-enterprise', '2026-03-27T19:00:00+01:00', 2 * H, '2026-03-30T09:00:00+02:00'],
  // Fri 19:00 + 1 h ends exactly at the 20:00 closing: due at that closing time, not Monday 08:00 (R-T5).
  ['R-T5 due exactly at closing is that closing time, not the next opening', 'athento-enterprise', '2026-03-27T19:00:00+01:00', 1 * H, '2026-03-27T20:00:00+01:00'],
  // Issue 12 item 6: an Enterprise Blocker (4 h) filed Friday 16:00 is due Friday 20:00, not Monday 08:00.
  ['R-T5 Enterprise Blocker filed Friday 16:00 is due Friday 20:00', 'athento-enterprise', '2026-03-27T16:00:00+01:00', 4 * H, '2026-03-27T20:00:00+01:00'],
  // Plus 10–14, Madrid: Wed 12–14 (2 h), Thu 2 Apr Jueves Santo and Fri 3 Apr Viernes Santo closed, Mon 6 Apr open: 10–12.
  ['R-T1 Plus over Holy Week in Madrid', 'athento-plus', '2026-04-01T12:00:00+02:00', 4 * H, '2026-04-06T12:00:00+02:00'],
  // Standard 10–17: Thu 24 Dec 16–17 (1 h), 25 Dec Navidad, weekend, Mon 28 Dec 10–15 (5 h).
  ['R-T1 Standard over Christmas', 'athento-standard', '2026-12-24T16:00:00+01:00', 6 * H, '2026-12-28T15:00:00+01:00'],
  // Standard 10–17: Wed 30 Dec 15–17 (2 h), Thu 31 Dec 7 h (a working day in Spain), 1 Jan 2027 closed, Mon 4 Jan 10–11.
  ['R-T2 Standard over the year end', 'athento-standard', '2026-12-30T15:00:00+01:00', 10 * H, '2027-01-04T11:00:00+01:00'],
  // Company 9–18: Mon 28 Feb 2028 17–18 (1 h), Tue 29 Feb 9 h, Wed 1 Mar 9–17 (8 h) = 18 h.
  ['R-T2 Company across 29 February 2028', 'athento-company', '2028-02-28T17:00:00+01:00', 18 * H, '2028-03-01T17:00:00+01:00'],
  // Altanet 9–17 Athens: Fri 20 Feb 15–17 (2 h), Mon 23 Feb Clean Monday closed, Tue 24 Feb 9–11.
  ['R-T1 Altanet Premium 4 working hours over Clean Monday 2026', 'altanet', '2026-02-20T15:00:00+02:00', 4 * H, '2026-02-24T11:00:00+02:00'],
  // Thu 9 Apr 2026 16–17 (1 h), Good Friday 10 Apr, Easter Monday 13 Apr closed, Tue 14 Apr 9–12 (EEST).
  ['R-T1 Altanet over Orthodox Easter 2026', 'altanet', '2026-04-09T16:00:00+03:00', 4 * H, '2026-04-14T12:00:00+03:00'],
  // 2027: Thu 29 Apr 16–17, Good Friday 30 Apr, 1 May Sat, Easter Monday 3 May closed, Tue 4 May 9–12.
  ['R-T1 Altanet over Orthodox Easter 2027', 'altanet', '2027-04-29T16:00:00+03:00', 4 * H, '2027-05-04T12:00:00+03:00'],
  // Fri 12 Mar 2027 16–17, Clean Monday 15 Mar 2027 closed, Tue 16 Mar 9–10.
  ['R-T1 Altanet over Clean Monday 2027', 'altanet', '2027-03-12T16:00:00+02:00', 2 * H, '2027-03-16T10:00:00+02:00'],
];

describe('preset calendars: addBusinessSeconds tables (R-T1, R-T2)', () => {
  it.each(addCases)('%s', (_name, key, from, seconds, due) => {
    expect(toLocalIso(cal[key]!, addBusinessSeconds(cal[key]!, at(from), seconds))).toBe(due);
  });

  it('R-T2 a week of each preset holds 5 × its day length when no holiday falls in it', () => {
    const monday = at('2026-03-09T00:00:00+01:00');
    const nextMonday = at('2026-03-16T00:00:00+01:00');
    const expected: Record<string, number> = { 'athento-plus': 20, 'athento-standard': 35, 'athento-company': 45, 'athento-enterprise': 60 };
    for (const [k, hours] of Object.entries(expected)) expect(businessSecondsBetween(cal[k]!, monday, nextMonday)).toBe(hours * H);
  });
});

describe('regions and countries (R-T1)', () => {
  it('R-T1 Madrid closes on Maundy Thursday, Catalonia on Easter Monday', () => {
    // Plus 10–14 from Wed 1 Apr 12:00 + 4 h. Madrid: Thu, Fri closed → Mon 6 Apr 12:00.
    // Catalonia: Thu 2 Apr open (10–12), Fri closed, Mon 6 Apr (Lunes de Pascua) closed.
    expect(toLocalIso(catalonia, addBusinessSeconds(catalonia, at('2026-04-01T12:00:00+02:00'), 4 * H))).toBe('2026-04-02T12:00:00+02:00');
    expect(toLocalIso(cal['athento-plus']!, addBusinessSeconds(cal['athento-plus']!, at('2026-04-01T12:00:00+02:00'), 4 * H))).toBe('2026-04-06T12:00:00+02:00');
  });

  it('R-T1 Sant Joan (24 June) is a holiday in Catalonia only', () => {
    const day = [at('2026-06-24T00:00:00+02:00'), at('2026-06-25T00:00:00+02:00')] as const;
    expect(businessSecondsBetween(catalonia, ...day)).toBe(0);
    expect(businessSecondsBetween(cal['athento-plus']!, ...day)).toBe(4 * H);
  });

  it('R-T1 Czech Republic: Christmas Eve, Christmas and St Stephen close the office', () => {
    // Wed 23 Dec 16–17 (1 h), Thu 24 and Fri 25 Dec closed, weekend, Mon 28 Dec 9–10.
    expect(toLocalIso(czech, addBusinessSeconds(czech, at('2026-12-23T16:00:00+01:00'), 2 * H))).toBe('2026-12-28T10:00:00+01:00');
    // Tue 17 Nov 2026, Struggle for Freedom and Democracy Day.
    expect(businessSecondsBetween(czech, at('2026-11-17T00:00:00+01:00'), at('2026-11-18T00:00:00+01:00'))).toBe(0);
  });
});
