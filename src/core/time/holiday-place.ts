import Holidays from 'date-holidays';
import type { CalendarSpec } from './calendar.js';

/**
 * Where a calendar's library holidays come from: a date-holidays country, and
 * optionally one of its regions (a state, e.g. ES-MD) and a sub-region of that
 * (e.g. DE-BY-A). Codes are the library's own when it knows them; an unknown
 * code is kept as written so validation can name it.
 */
export interface HolidayPlace {
  country: string;
  region?: string;
  subregion?: string;
  /** Set when holidayRegion names another country than holidayCountry (validation refuses it). */
  regionCountry?: string;
  /** Set when holidayRegion has more parts than country-region-subregion. */
  extraParts?: string[];
}

const LIBRARY = new Holidays();
const SEPARATOR = /[-.]/;

/** The library's spelling of `code` among `known` (case-insensitive; a few codes are mixed case), else `code`. */
function libraryCode(known: Record<string, string> | undefined, code: string): string {
  return Object.keys(known ?? {}).find((k) => k.toUpperCase() === code.toUpperCase()) ?? code;
}

export function holidayCountries(): Record<string, string> {
  return LIBRARY.getCountries() ?? {};
}

export function holidayRegions(country: string): Record<string, string> {
  return LIBRARY.getStates(country) ?? {};
}

export function holidaySubregions(country: string, region: string): Record<string, string> {
  return LIBRARY.getRegions(country, region) ?? {};
}

function resolve(country: string, region: string | undefined, subregion: string | undefined): HolidayPlace {
  const c = libraryCode(holidayCountries(), country);
  if (!region) return { country: c };
  const r = libraryCode(holidayRegions(c), region);
  if (!subregion) return { country: c, region: r };
  return { country: c, region: r, subregion: libraryCode(holidaySubregions(c, r), subregion) };
}

/**
 * Reads `holidayCountry` / `holidayRegion` (R-T1), in any case, with `-` or
 * `.` between parts (the library's own form):
 * - a country alone ("ES", as holidayCountry or holidayRegion) means its
 *   national holidays;
 * - "ES-MD" (or "es.md") means the region MD of Spain, national holidays
 *   included; "DE-BY-A" a sub-region; with holidayCountry "ES", holidayRegion
 *   "MD" means the same as "ES-MD", and "ES" (the country itself) national.
 * Returns null when the calendar uses no library holidays. Whether the codes
 * exist is checked by validateCalendarSpec, never silently ignored.
 */
export function holidayPlace(spec: Pick<CalendarSpec, 'holidayCountry' | 'holidayRegion'>): HolidayPlace | null {
  const country = spec.holidayCountry?.trim() || undefined;
  const region = spec.holidayRegion?.trim() || undefined;
  if (!region) return country ? resolve(country, undefined, undefined) : null;
  const parts = region.split(SEPARATOR);
  const [first, second, third, ...rest] = parts as [string, ...string[]];
  let place: HolidayPlace;
  if (parts.length === 1) {
    if (!country || first.toUpperCase() === country.toUpperCase()) place = resolve(country ?? first, undefined, undefined);
    else place = resolve(country, first, undefined);
  } else if (country && first.toUpperCase() !== country.toUpperCase()) {
    // "BY-A" beside holidayCountry "DE": region and sub-region of that country
    // (a region code may look like a country: BY is also Belarus). "FR-IDF"
    // beside "ES" names a region of another country.
    const regions = holidayRegions(libraryCode(holidayCountries(), country));
    const ownRegion = libraryCode(regions, first) in regions;
    if (!ownRegion && first.toUpperCase() in holidayCountries()) return { ...resolve(country, undefined, undefined), regionCountry: first.toUpperCase() };
    place = resolve(country, first, second);
    if (third !== undefined) place.extraParts = [third, ...rest];
  } else {
    place = resolve(first, second, third);
    if (rest.length) place.extraParts = rest;
  }
  return place;
}

/** The date-holidays instance for a place (national holidays included in a region's). */
export function openHolidays(place: HolidayPlace): Holidays {
  if (place.subregion) return new Holidays(place.country, place.region!, place.subregion);
  return place.region ? new Holidays(place.country, place.region) : new Holidays(place.country);
}
