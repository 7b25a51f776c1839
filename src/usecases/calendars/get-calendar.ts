import type { Actor } from '../../core/actor.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import { pickVersionInForce } from '../../core/catalogue/version-in-force.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { findCalendarRow, listCalendarVersionRows } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import type { CalendarDetail } from '../../views/catalogue.js';
import { presentCalendar, presentCalendarVersion } from '../../presenters/calendars/present-calendar.js';
import { authorize, STAFF } from '../../core/access.js';

export type { CalendarDetail };

/** A calendar with all its versions. Throws NOT_FOUND. */
export async function getCalendar(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<CalendarDetail> {
  authorize(input.actor, STAFF);
  const cal = await findCalendarRow(deps.db, input.id);
  if (!cal) throw new DomainError('NOT_FOUND', 'No such calendar.');
  const versions = (await listCalendarVersionRows(deps.db, cal.id)).map(presentCalendarVersion);
  const inForce = pickVersionInForce(versions, todayUtc(deps.clock.now()));
  return { ...presentCalendar(cal), versions, versionInForce: inForce?.version ?? null };
}
