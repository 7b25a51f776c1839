import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import { listCalendarRows } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCalendar, type CalendarView } from '../../presenters/calendars/present-calendar.js';
import { authorize, STAFF } from '../../core/access.js';

/** Pages calendars; filters archived and a code/name search. Sort: code, name, createdAt (prefix - for descending). */
export async function listCalendars(
  deps: { db: Db },
  input: { actor: Actor; archived?: boolean; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<CalendarView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['code', 'name', 'createdAt'] as const);
  const { rows, total } = await listCalendarRows(deps.db, { archived: input.archived, q: input.q, sort }, page);
  return { items: rows.map(presentCalendar), total, ...page };
}
