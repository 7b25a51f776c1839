import type { CalendarSpec } from './calendar.js';

/** Country and optional region for date-holidays, or null when the calendar uses no library holidays. */
export interface HolidayPlace {
  country: string;
  region?: string;
}

/**
 * Reads `holidayCountry` / `holidayRegion` (R-T1). The region may be given as
 * "MD" (with a country) or as "ES-MD" (the country is then implied).
 */
export function holidayPlace(spec: Pick<CalendarSpec, 'holidayCountry' | 'holidayRegion'>): HolidayPlace | null {
  const region = spec.holidayRegion?.trim();
  let country = spec.holidayCountry?.trim().toUpperCase();
  if (region && region.includes('-')) {
    const [c, r] = region.split('-', 2) as [string, string];
    country ??= c.toUpperCase();
    return { country, region: r.toUpperCase() };
  }
  if (!country) return null;
  return region ? { country, region: region.toUpperCase() } : { country };
}
