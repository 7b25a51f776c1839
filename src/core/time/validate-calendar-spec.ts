import { WEEKDAYS, type CalendarSpec, type LocalInterval } from './calendar.js';
import { parseHhmm, parseIsoDate } from './civil-date.js';
import { holidayCountries, holidayPlace, holidayRegions, holidaySubregions } from './holiday-place.js';

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

/** A short list of the codes a place could use, for error messages. */
function someCodes(known: Record<string, string>): string {
  const codes = Object.keys(known);
  return codes.length > 12 ? `${codes.slice(0, 12).join(', ')}, …` : codes.join(', ');
}

/**
 * R-T1: a holiday country or region the library does not know is refused,
 * never read as "no holidays" (a calendar of "XX" used to count Good Friday
 * as a working day).
 */
function checkHolidayPlace(spec: CalendarSpec, out: CalendarProblem[]): void {
  const place = holidayPlace(spec);
  if (!place) return;
  const regionPath = 'holidayRegion';
  if (!(place.country in holidayCountries())) {
    const path = spec.holidayCountry?.trim() ? 'holidayCountry' : regionPath;
    out.push({ path, code: 'UNKNOWN_HOLIDAY_COUNTRY', message: `no holiday calendar for country "${place.country}"; use an ISO 3166 country code such as ES or GR, or a region such as ES-MD` });
    return;
  }
  if (place.regionCountry) {
    out.push({ path: regionPath, code: 'UNKNOWN_HOLIDAY_REGION', message: `the region "${spec.holidayRegion}" is in ${place.regionCountry}, but holidayCountry is ${place.country}` });
    return;
  }
  if (place.region && !(place.region in holidayRegions(place.country))) {
    const regions = holidayRegions(place.country);
    const known = Object.keys(regions).length ? `its regions are ${someCodes(regions)}` : 'it has no regions in the holiday library; give the country alone';
    out.push({ path: regionPath, code: 'UNKNOWN_HOLIDAY_REGION', message: `${place.country} has no region "${place.region}"; ${known}` });
    return;
  }
  if (place.region && place.subregion && !(place.subregion in holidaySubregions(place.country, place.region))) {
    const subs = holidaySubregions(place.country, place.region);
    const known = Object.keys(subs).length ? `its sub-regions are ${someCodes(subs)}` : 'it has no sub-regions';
    out.push({ path: regionPath, code: 'UNKNOWN_HOLIDAY_REGION', message: `${place.country}-${place.region} has no sub-region "${place.subregion}"; ${known}` });
    return;
  }
  if (place.extraParts) {
    out.push({ path: regionPath, code: 'UNKNOWN_HOLIDAY_REGION', message: `"${spec.holidayRegion}" has too many parts; expected COUNTRY, COUNTRY-REGION or COUNTRY-REGION-SUBREGION` });
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
