import type { CalendarSpec, CalendarVersion, CompiledCalendar } from '../../../core/time/index.js';
import { compileCalendar } from '../../../core/time/index.js';
import { listCalendarVersionRows } from '../../../storage/calendars.queries.js';
import type { Db } from '../../../storage/db.js';

/**
 * Compiled calendars, cached per process by calendar id and its newest version
 * (a calendar edit makes a new version, so the key changes and the next read
 * recompiles). The first version also covers the time before its effective
 * date, so a ticket logged for an earlier call still has a calendar.
 */
const cache = new Map<string, { key: string; fromYear: number; toYear: number; cal: CompiledCalendar }>();
const MAX_ENTRIES = 200;

export async function loadCompiledCalendar(
  db: Db,
  calendarId: string,
  years: { fromYear: number; toYear: number },
  /** The calendar's current key (`id@version,…`) when the caller has read it already: a cached compile with it is used without a read. */
  knownKey?: string | null,
): Promise<CompiledCalendar> {
  const hit = cache.get(calendarId);
  const covers = (h: typeof hit) => h !== undefined && h.fromYear <= years.fromYear && h.toYear >= years.toYear;
  if (knownKey && hit?.key === knownKey && covers(hit)) return hit.cal;
  const rows = await listCalendarVersionRows(db, calendarId);
  const key = calendarKeyOf(rows);
  if (hit && hit.key === key && covers(hit)) return hit.cal;
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

/** A calendar's identity for the cache: its versions, oldest first (ticket-intake.queries.ts computes the same in SQL). */
function calendarKeyOf(rows: ReadonlyArray<{ id: string; version: number }>): string {
  return [...rows].sort((a, b) => a.version - b.version).map((r) => `${r.id}@${r.version}`).join(',');
}
