import type { CalendarSpec } from '../time/calendar.js';
import { holidayPlace, openHolidays } from '../time/holiday-place.js';

/** One day off (or a partial day off) in a calendar's year, for display. */
export interface HolidayEntry {
  date: string;
  name: string;
  /** library = date-holidays by country/region; holidays = spec.holidays; custom = a closed custom day. */
  source: 'library' | 'holidays' | 'custom';
  /** date-holidays type (public, bank, …) for library entries. */
  type: string | null;
  /** True when a custom 'open' day cancels it. */
  cancelled: boolean;
  /** Closed intervals of a partial day; null = the whole day. */
  intervals: [string, string][] | null;
}

/**
 * R-T1: the holidays a calendar spec yields in one year, sorted by date:
 * library holidays of holidayCountry/holidayRegion filtered by holidayTypes
 * (default ['public']), extra `holidays` dates and closed custom days. Names
 * in `lang` when the library has them. Pure (the library is data).
 */
export function computeHolidays(spec: CalendarSpec, year: number, lang = 'en'): HolidayEntry[] {
  const out: HolidayEntry[] = [];
  const openDays = new Set((spec.customDays ?? []).filter((c) => c.kind === 'open').map((c) => c.date));
  const place = holidayPlace(spec);
  if (place) {
    const types = new Set(spec.holidayTypes ?? ['public']);
    const hd = openHolidays(place);
    for (const h of hd.getHolidays(year, lang) ?? []) {
      if (!types.has(h.type)) continue;
      const date = h.date.slice(0, 10);
      out.push({ date, name: h.name, source: 'library', type: h.type, cancelled: openDays.has(date), intervals: null });
    }
  }
  for (const d of spec.holidays ?? []) {
    if (d.startsWith(`${year}-`)) out.push({ date: d, name: '', source: 'holidays', type: null, cancelled: openDays.has(d), intervals: null });
  }
  for (const c of spec.customDays ?? []) {
    if (c.kind === 'closed' && c.date.startsWith(`${year}-`)) {
      out.push({ date: c.date, name: c.label ?? '', source: 'custom', type: null, cancelled: false, intervals: c.intervals ?? null });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
