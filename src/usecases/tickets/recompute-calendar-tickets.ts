import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../../storage/db.js';
import { tickets } from '../../storage/schema/index.js';
import type { SlaMemo } from './compute-ticket-sla.js';
import { recomputeTicketSla } from './recompute-ticket-sla.js';

/**
 * A calendar or holiday edit re-times every ticket measured on that calendar
 * that is not closed (R-T1, R-S5), in the same transaction as the edit, in
 * batches. Returns how many tickets were recomputed.
 */
export async function recomputeCalendarTickets(db: Db, calendarId: string, now: Date, batch = 500): Promise<number> {
  let done = 0;
  let lastNumber = -1;
  const memo: SlaMemo = { calendars: new Map() };
  for (;;) {
    const rows = await db
      .select()
      .from(tickets)
      .where(and(eq(tickets.calendarId, calendarId), ne(tickets.status, 'closed'), gt(tickets.number, lastNumber)))
      .orderBy(tickets.number)
      .limit(batch)
      .for('update');
    for (const t of rows) await recomputeTicketSla(db, t, now, memo);
    done += rows.length;
    if (rows.length < batch) break;
    lastNumber = rows[rows.length - 1]!.number;
  }
  return done;
}
