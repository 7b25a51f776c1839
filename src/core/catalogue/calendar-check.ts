import Holidays from 'date-holidays';
import { parseHhmm, parseIsoDate } from '../time/civil-date.js';
import { WEEKDAYS, type CalendarSpec, type LocalInterval } from '../time/calendar.js';
import { isTimeZone } from '../zones.js';
import { pathOf, type Issue } from './issues.js';

/**
 * R-T1: checks what the JSON schema cannot: the zone exists, each day's
 * intervals are ordered and do not overlap, dates are real, the holiday
 * country/region is known to the holiday library, and the week has some
 * working time. Returns every issue (empty = valid); never throws.
 */
export function checkCalendarSpec(spec: CalendarSpec): Issue[] {
  const issues: Issue[] = [];
  if (!isTimeZone(spec.timeZone)) issues.push({ path: 'timeZone', problem: `unknown IANA time zone "${spec.timeZone}"` });
  let working = false;
  for (const d of WEEKDAYS) {
    const list = spec.weekly[d] ?? [];
    issues.push(...checkIntervals(list, pathOf('weekly', d)));
    if (list.length) working = true;
  }
  if (!working) issues.push({ path: 'weekly', problem: 'the week has no working time; a 24×7 calendar lists 00:00–24:00 every day' });
  issues.push(...checkHolidaySource(spec));
  const seen = new Set<string>();
  (spec.customDays ?? []).forEach((c, i) => {
    if (parseIsoDate(c.date) === null) issues.push({ path: pathOf('customDays', i, 'date'), problem: `"${c.date}" is not a real date` });
    if (seen.has(c.date)) issues.push({ path: pathOf('customDays', i, 'date'), problem: `${c.date} is listed twice` });
    seen.add(c.date);
    if (c.intervals) issues.push(...checkIntervals(c.intervals, pathOf('customDays', i, 'intervals')));
  });
  (spec.holidays ?? []).forEach((h, i) => {
    if (parseIsoDate(h) === null) issues.push({ path: pathOf('holidays', i), problem: `"${h}" is not a real date` });
  });
  return issues;
}

function checkIntervals(list: LocalInterval[], at: string): Issue[] {
  const issues: Issue[] = [];
  let prevEnd = -1;
  list.forEach(([a, b], i) => {
    const s = parseHhmm(a);
    const e = parseHhmm(b);
    if (s === null || e === null || s === 1440) {
      issues.push({ path: `${at}.${i}`, problem: 'times must be HH:MM between 00:00 and 24:00' });
      return;
    }
    if (e <= s) issues.push({ path: `${at}.${i}`, problem: `interval ${a}–${b} ends before it starts` });
    if (s < prevEnd) issues.push({ path: `${at}.${i}`, problem: `interval ${a}–${b} overlaps or precedes the previous one` });
    prevEnd = Math.max(prevEnd, e);
  });
  return issues;
}

function checkHolidaySource(spec: CalendarSpec): Issue[] {
  if (!spec.holidayCountry) {
    return spec.holidayRegion ? [{ path: 'holidayRegion', problem: 'a region needs holidayCountry' }] : [];
  }
  const countries = new Holidays().getCountries() ?? {};
  if (!(spec.holidayCountry in countries)) {
    return [{ path: 'holidayCountry', problem: `the holiday library does not know country ${spec.holidayCountry}` }];
  }
  if (spec.holidayRegion) {
    const region = regionCode(spec.holidayCountry, spec.holidayRegion);
    const states = new Holidays().getStates(spec.holidayCountry) ?? {};
    if (region === null || !(region in states)) {
      return [{ path: 'holidayRegion', problem: `the holiday library does not know region ${spec.holidayRegion} of ${spec.holidayCountry}` }];
    }
  }
  return [];
}

/** "MD" or "ES-MD" → "MD"; null when the prefix names another country. */
export function regionCode(country: string, region: string): string | null {
  const [a, b] = region.split('-');
  if (b === undefined) return a ?? null;
  return a === country ? b : null;
}
