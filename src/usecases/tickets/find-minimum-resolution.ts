import type { SeverityTargets } from '../../core/catalogue/plan-terms-schema.js';
import { minimumResolutionAt } from '../../core/sla/index.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import type { TicketRow } from '../../storage/tickets.queries.js';
import { loadCompiledCalendar } from './support/load-calendar.js';
import { calendarYearsFor } from '../../core/tickets/sla-input.js';

/**
 * The ticket's minimum resolution instant (Altanet, seed 002; indicative, never a breach): from
 * its registration, for its current severity, on its plan version's calendar; null when the plan
 * names none or has no calendar.
 */
export async function findMinimumResolution(db: Db, t: Pick<TicketRow, 'planVersionId' | 'calendarId' | 'severity' | 'registeredAt'>, now: Date): Promise<Date | null> {
  if (!t.calendarId) return null;
  const pv = await findPlanVersionById(db, t.planVersionId);
  if (!pv) return null;
  const targets = pv.targets as Record<string, SeverityTargets>;
  if (!Object.values(targets).some((x) => x.minimumResolution)) return null;
  const cal = await loadCompiledCalendar(db, t.calendarId, calendarYearsFor(t.registeredAt, now));
  const at = minimumResolutionAt(cal, targets, t.severity, pv.defaultSeverity, Math.floor(t.registeredAt.getTime() / 1000));
  return at === null ? null : new Date(at * 1000);
}
