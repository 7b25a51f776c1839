import type { SeverityTargets } from '../../core/catalogue/plan-terms-schema.js';
import { computeSlaClocks, nextSlaEventAt, type SlaClock, type SlaClocks } from '../../core/sla/index.js';
import type { CompiledCalendar } from '../../core/time/index.js';
import { listSlaNotices, noticeKey } from '../../core/sla/sla-notices.js';
import { buildSlaInput, type HistoryEvent } from '../../core/tickets/sla-input.js';
import { listFiredSlaKeys } from '../../storage/sla-notifications.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById, type PlanVersionRow } from '../../storage/ticket-context.queries.js';
import { listTicketEvents, updateTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { loadCompiledCalendar } from './load-calendar.js';

const toDate = (s: number | null) => (s === null ? null : new Date(s * 1000));

/**
 * Compiled calendars shared by the tickets of one bulk operation (a calendar
 * edit re-timing its tickets, a sweep batch): one calendar read instead of
 * one per ticket. Only for work inside one transaction.
 */
export interface SlaMemo {
  calendars: Map<string, CompiledCalendar>;
}

/** The years a ticket's compiled calendar must cover: from its registration to two years past now. */
export function calendarYearsFor(registeredAt: Date, now: Date) {
  return { fromYear: registeredAt.getUTCFullYear(), toYear: now.getUTCFullYear() + 2 };
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

/** The clocks from facts already in hand (registration computes them before its single write). */
export function slaClocksOf(
  t: Pick<TicketRow, 'registeredAt' | 'proposedSeverity' | 'resolutionCommitment'>,
  pv: PlanVersionRow,
  history: readonly HistoryEvent[],
  cal: CompiledCalendar,
  now: Date,
): SlaClocks {
  const input = buildSlaInput(
    {
      registeredAt: t.registeredAt,
      initialSeverity: t.proposedSeverity,
      resolutionCommitment: t.resolutionCommitment,
      planVersion: pv.version,
      planTargets: pv.targets as Record<string, SeverityTargets>,
      warningPercents: pv.warningPercents,
      pauseOnHold: pv.pauseOnHold,
      defaultSeverity: pv.defaultSeverity,
    },
    history,
    cal,
    now,
  );
  return computeSlaClocks(input);
}

/** The SLA columns of a ticket for a set of clocks (R-S1; queue order R-K9 uses queueDueAt). */
export function slaColumns(clocks: SlaClocks | null, now: Date) {
  if (!clocks) {
    return {
      responseDueAt: null, resolutionDueAt: null, responseState: 'not_applicable', resolutionState: 'not_applicable',
      responseElapsedSeconds: 0, resolutionElapsedSeconds: 0, responseIndicative: false, resolutionIndicative: false,
      queueDueAt: null, nextSlaEventAt: null, slaComputedAt: now,
    };
  }
  const running = (c: SlaClock) => c.phase === 'running' && c.dueAt !== null;
  const live = [clocks.response, clocks.resolution].filter(running);
  const commitments = live.filter((c) => !c.indicative);
  const pick = (commitments.length ? commitments : live).map((c) => c.dueAt!);
  return {
    responseDueAt: toDate(clocks.response.dueAt),
    resolutionDueAt: toDate(clocks.resolution.dueAt),
    responseState: clocks.response.state,
    resolutionState: clocks.resolution.state,
    responseElapsedSeconds: Math.round(clocks.response.businessSecondsElapsed),
    resolutionElapsedSeconds: Math.round(clocks.resolution.businessSecondsElapsed),
    responseIndicative: clocks.response.indicative,
    resolutionIndicative: clocks.resolution.indicative,
    queueDueAt: pick.length ? new Date(Math.min(...pick) * 1000) : null,
    nextSlaEventAt: toDate(nextSlaEventAt(clocks)),
    slaComputedAt: now,
  };
}

/**
 * Recomputes and stores a ticket's SLA columns. Call it inside the transaction
 * of every change that affects them (status, severity, estimate, commitment,
 * calendar edit), so the columns are never stale.
 */
export async function recomputeTicketSla(db: Db, t: TicketRow, now: Date, memo?: SlaMemo): Promise<{ ticket: TicketRow; clocks: SlaClocks | null }> {
  return storeTicketSla(db, t, await computeTicketSla(db, t, now, memo), now);
}

/**
 * Stores the SLA columns for clocks computed by the caller at `now` (the sweep
 * reuses its own computation, and passes allFired when it has just recorded
 * every notice that is due, so the ledger need not be read again).
 */
export async function storeTicketSla(db: Db, t: TicketRow, clocks: SlaClocks | null, now: Date, opts: { allFired?: boolean } = {}): Promise<{ ticket: TicketRow; clocks: SlaClocks | null }> {
  const mayOwe = clocks !== null && !opts.allFired && pastNotices(clocks, now).length > 0;
  const columns = mayOwe ? slaColumnsOwing(clocks, now, await listFiredSlaKeys(db, t.id)) : slaColumns(clocks, now);
  const ticket = await updateTicketRow(db, t.id, { ...columns, updatedAt: now });
  return { ticket, clocks };
}

/**
 * The SLA columns, keeping the ticket due for the sweep while a warning or
 * breach whose instant has passed is not in `fired` (the worker was down, a
 * reply stopped the clock after the deadline, a phone ticket logged late), so
 * it still fires exactly once (R-S4).
 */
export function slaColumnsOwing(clocks: SlaClocks | null, now: Date, fired: ReadonlySet<string>) {
  const columns = slaColumns(clocks, now);
  const owed = clocks ? pastNotices(clocks, now).find((n) => !fired.has(noticeKey(n))) : undefined;
  if (owed) {
    const at = new Date(owed.at * 1000);
    if (columns.nextSlaEventAt === null || at < columns.nextSlaEventAt) columns.nextSlaEventAt = at;
  }
  return columns;
}

function pastNotices(clocks: SlaClocks, now: Date) {
  return listSlaNotices(clocks).filter((n) => n.reached && n.at <= now.getTime() / 1000);
}
