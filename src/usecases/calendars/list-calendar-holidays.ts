import type { Actor } from '../../core/actor.js';
import { computeHolidays, type HolidayEntry } from '../../core/catalogue/holiday-list.js';
import { getCalendarVersion } from './get-calendar-version.js';
import type { Db } from '../../storage/db.js';
import { authorize, STAFF } from '../../core/access.js';

/**
 * R-T1: the days off a calendar version yields in a year (library holidays of
 * its country/region, extra dates and closed custom days), names in `lang`
 * (en, es, el; the library falls back to the local name). Throws NOT_FOUND.
 */
export async function listCalendarHolidays(
  deps: { db: Db },
  input: { actor: Actor; calendarId: string; version: number; year: number; lang?: string },
): Promise<{ calendarId: string; version: number; year: number; holidays: HolidayEntry[] }> {
  authorize(input.actor, STAFF);
  const v = await getCalendarVersion(deps, input);
  return { calendarId: v.calendarId, version: v.version, year: input.year, holidays: computeHolidays(v.spec, input.year, input.lang ?? 'en') };
}
