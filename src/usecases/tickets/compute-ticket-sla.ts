import type { SlaClocks } from '../../core/sla/index.js';
import { calendarYearsFor, slaClocksOf } from '../../core/tickets/sla-input.js';
import type { CompiledCalendar } from '../../core/time/index.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import { listTicketEvents, type TicketRow } from '../../storage/tickets.queries.js';
import { loadCompiledCalendar } from './support/load-calendar.js';

/**
 * Compiled calendars shared by the tickets of one bulk operation (a calendar
 * edit re-timing its tickets, a sweep batch): one calendar read instead of
 * one per ticket. Only for work inside one transaction.
 */
export interface SlaMemo {
  calendars: Map<string, CompiledCalendar>;
}

async function calendarFor(db: Db, t: TicketRow, now: Date, memo?: SlaMemo): Promise<CompiledCalendar> {
  const years = calendarYearsFor(t.registeredAt, now);
  const hit = memo?.calendars.get(t.calendarId!);
  if (hit && hit.fromYear <= years.fromYear && hit.toYear >= years.toYear) return hit;
  const cal = await loadCompiledCalendar(db, t.calendarId!, years);
  memo?.calendars.set(t.calendarId!, cal);
  return cal;
}

/**
 * Computes a ticket's SLA clocks from its registration, plan version,
 * calendar and full history (R-S1..R-S5). Pure apart from the reads.
 * Returns null when the plan has no coverage calendar (no clocks).
 */
export async function computeTicketSla(db: Db, t: TicketRow, now: Date, memo?: SlaMemo): Promise<SlaClocks | null> {
  if (!t.calendarId) return null;
  const pv = await findPlanVersionById(db, t.planVersionId);
  if (!pv) return null;
  const history = await listTicketEvents(db, t.id, { includeInternal: true });
  const cal = await calendarFor(db, t, now, memo);
  return slaClocksOf(t, pv, history, cal, now);
}
