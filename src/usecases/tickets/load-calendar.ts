import type { CalendarSpec, CalendarVersion, CompiledCalendar } from '../../core/time/index.js';
import { compileCalendar } from '../../core/time/index.js';
import { listCalendarVersionRows } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';

/**
 * Compiled calendars, cached per process by calendar id and its newest version
 * (a calendar edit makes a new version, so the key changes and the next read
 * recompiles). The first version also covers the time before its effective
 * date, so a ticket logged for an earlier call still has a calendar.
 */
const cache = new Map<string, { key: string; fromYear: number; toYear: number; cal: CompiledCalendar }>();
const MAX_ENTRIES = 200;

export async function loadCompiledCalendar(db: Db, calendarId: string, years: { fromYear: number; toYear: number }): Promise<CompiledCalendar> {
  const rows = await listCalendarVersionRows(db, calendarId);
  const key = rows.map((r) => `${r.id}@${r.version}`).join(',');
  const hit = cache.get(calendarId);
  if (hit && hit.key === key && hit.fromYear <= years.fromYear && hit.toYear >= years.toYear) return hit.cal;
  const fromYear = Math.min(years.fromYear, hit?.key === key ? hit.fromYear : years.fromYear);
  const toYear = Math.max(years.toYear, hit?.key === key ? hit.toYear : years.toYear);
  const sorted = [...rows].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const earliest = `${fromYear - 1}-01-01`;
  const versions: CalendarVersion[] = sorted.map((r, i) => ({
    version: r.version,
    effectiveFrom: i === 0 && earliest < r.effectiveFrom ? earliest : r.effectiveFrom,
    spec: r.spec as unknown as CalendarSpec,
  }));
  const cal = compileCalendar(versions, { fromYear, toYear });
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(calendarId, { key, fromYear, toYear, cal });
  return cal;
}
