import Holidays from 'date-holidays';
import { WEEKDAYS, type CalendarSpec, type LocalInterval } from './calendar.js';
import { parseHhmm, parseIsoDate } from './civil-date.js';
import { holidayPlace } from './holiday-place.js';

/** One problem found in a calendar spec, with the JSON path of the field at fault. */
export interface CalendarProblem {
  path: string;
  code:
    | 'INVALID_TIME_ZONE'
    | 'INVALID_TIME'
    | 'EMPTY_INTERVAL'
    | 'OVERLAPPING_INTERVALS'
    | 'MISSING_WEEKDAY'
    | 'INVALID_DATE'
    | 'DUPLICATE_DATE'
    | 'UNKNOWN_HOLIDAY_COUNTRY'
    | 'UNKNOWN_HOLIDAY_REGION';
  message: string;
}

function checkIntervals(list: unknown, path: string, out: CalendarProblem[]): void {
  if (!Array.isArray(list)) {
    out.push({ path, code: 'INVALID_TIME', message: 'expected a list of ["HH:MM","HH:MM"] intervals' });
    return;
  }
  const parsed: Array<[number, number, number]> = [];
  (list as LocalInterval[]).forEach((iv, i) => {
    const p = `${path}[${i}]`;
    const s = Array.isArray(iv) ? parseHhmm(String(iv[0])) : null;
    const e = Array.isArray(iv) ? parseHhmm(String(iv[1])) : null;
    if (s === null || e === null || s === 1440 || iv.length !== 2) {
      out.push({ path: p, code: 'INVALID_TIME', message: 'expected ["HH:MM","HH:MM"], 00:00–23:59 start, end up to 24:00' });
    } else if (e <= s) {
      out.push({ path: p, code: 'EMPTY_INTERVAL', message: `end ${iv[1]} is not after start ${iv[0]}` });
    } else parsed.push([s, e, i]);
  });
  parsed.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < parsed.length; k++) {
    const [prevS, prevE, prevI] = parsed[k - 1]!;
    const [s, , i] = parsed[k]!;
    if (s < prevE) {
      out.push({ path: `${path}[${i}]`, code: 'OVERLAPPING_INTERVALS', message: `overlaps ${path}[${prevI}] (${prevS / 60}h–${prevE / 60}h)` });
    }
  }
}

function checkZone(tz: unknown, out: CalendarProblem[]): void {
  try {
    if (typeof tz !== 'string' || tz === '') throw new RangeError('empty');
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    out.push({ path: 'timeZone', code: 'INVALID_TIME_ZONE', message: `unknown IANA time zone ${JSON.stringify(tz)}` });
  }
}

function checkHolidayPlace(spec: CalendarSpec, out: CalendarProblem[]): void {
  const place = holidayPlace(spec);
  if (!place) return;
  const hd = new Holidays();
  if (!(place.country in hd.getCountries())) {
    const path = spec.holidayCountry ? 'holidayCountry' : 'holidayRegion';
    out.push({ path, code: 'UNKNOWN_HOLIDAY_COUNTRY', message: `date-holidays knows no country ${place.country}` });
  } else if (place.region && !(place.region in (hd.getStates(place.country) ?? {}))) {
    out.push({ path: 'holidayRegion', code: 'UNKNOWN_HOLIDAY_REGION', message: `${place.country} has no region ${place.region}` });
  }
}

function checkDates(spec: CalendarSpec, out: CalendarProblem[]): void {
  (spec.holidays ?? []).forEach((d, i) => {
    if (parseIsoDate(d) === null) out.push({ path: `holidays[${i}]`, code: 'INVALID_DATE', message: `not a YYYY-MM-DD date: ${d}` });
  });
  const seen = new Set<string>();
  (spec.customDays ?? []).forEach((c, i) => {
    const path = `customDays[${i}]`;
    if (parseIsoDate(c.date) === null) out.push({ path: `${path}.date`, code: 'INVALID_DATE', message: `not a YYYY-MM-DD date: ${c.date}` });
    else if (seen.has(c.date)) out.push({ path: `${path}.date`, code: 'DUPLICATE_DATE', message: `${c.date} appears twice` });
    seen.add(c.date);
    if (c.intervals !== undefined) checkIntervals(c.intervals, `${path}.intervals`, out);
  });
}

/**
 * Checks a calendar spec (R-T1) and lists every problem with its field path,
 * for 400 responses. An empty list means the spec compiles. Pure: reads only
 * the bundled zone and holiday data.
 */
export function validateCalendarSpec(spec: CalendarSpec): CalendarProblem[] {
  const out: CalendarProblem[] = [];
  checkZone(spec?.timeZone, out);
  for (const d of WEEKDAYS) {
    if (!spec?.weekly || !(d in spec.weekly)) out.push({ path: `weekly.${d}`, code: 'MISSING_WEEKDAY', message: 'every weekday needs a list (use [] for closed)' });
    else checkIntervals(spec.weekly[d], `weekly.${d}`, out);
  }
  if (spec) {
    checkHolidayPlace(spec, out);
    checkDates(spec, out);
  }
  return out;
}
