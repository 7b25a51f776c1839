import type { SeverityTargets as PlanSeverityTargets } from '../catalogue/plan-terms-schema.js';
import { computeSlaClocks, type SeverityTargets, type SlaClocks, type SlaEvent, type SlaInput } from '../sla/index.js';
import type { CompiledCalendar } from '../time/index.js';
import type { TicketEventBody } from './ticket-events.js';

/** A parsed history event as far as SLA clocks care (R-K10 → R-S*). */
export type HistoryEvent = { at: Date } & TicketEventBody;

export interface TicketSlaFacts {
  registeredAt: Date;
  /** Severity proposed at registration; later changes are history events (R-S3). */
  initialSeverity: string;
  /** R-K7: false when the resolution commitment does not apply. */
  resolutionCommitment: boolean;
  planVersion: number | string;
  planTargets: Record<string, PlanSeverityTargets>;
  warningPercents: number[];
  /** R-S2 plan term: whether On hold (waiting on a third party) pauses the resolution clock. */
  pauseOnHold: boolean;
  /** R-S1 plan term: the severity whose targets apply to a severity the plan does not list (null: none). */
  defaultSeverity?: string | null;
}

/**
 * R-K2, R-S1: whether a plan takes tickets of a (known) severity: one it lists, any when it has a
 * '*' entry (Altanet has no severity grades) or a default severity (the fallback), and any when it
 * has no targets at all (Altanet Entry: registered and measured, with no commitment). A plan that
 * lists some severities and has no default takes only those.
 */
export function offersSeverity(planTargets: Record<string, unknown>, severity: string, defaultSeverity: string | null = null): boolean {
  return severity in planTargets || '*' in planTargets || defaultSeverity !== null || Object.keys(planTargets).length === 0;
}

/**
 * R-S1: plan targets for a severity: its own entry, else the '*' entry, else the plan's default
 * severity's entry, else none (no commitment: measured, never due, never breached).
 */
export function targetsForSeverity(planTargets: Record<string, PlanSeverityTargets>, severity: string, defaultSeverity: string | null = null): SeverityTargets {
  const t = planTargets[severity] ?? planTargets['*'] ?? (defaultSeverity !== null ? planTargets[defaultSeverity] : undefined);
  return { response: t?.response ?? null, resolution: t?.resolution ?? null };
}

/**
 * Maps parsed history to SLA timeline events. The history was parsed against
 * core/tickets/ticket-events.ts, so every event is known; the ones that do not
 * move a clock (replies, notes, billing steps, the SLA ledger itself) map to nothing.
 */
export function toSlaEvents(history: readonly HistoryEvent[]): SlaEvent[] {
  const out: SlaEvent[] = [];
  for (const e of history) {
    const at = Math.floor(e.at.getTime() / 1000);
    if (e.type === 'status_changed') out.push({ at, type: 'status', to: e.data.to });
    else if (e.type === 'first_response') out.push({ at, type: 'first_response' });
    else if (e.type === 'severity_changed') out.push({ at, type: 'severity', to: e.data.to });
    else if (e.type === 'vendor_control_changed') out.push({ at, type: 'outcome', outsideVendorControl: e.data.outside });
    else if (e.type === 'estimate_set') out.push({ at, type: 'estimate', dueAt: Math.floor(new Date(e.data.dueAt).getTime() / 1000) });
  }
  return out;
}

/** Builds the pure SLA engine's input from a ticket's facts and history (R-S1..R-S5). */
export function buildSlaInput(f: TicketSlaFacts, history: readonly HistoryEvent[], calendar: CompiledCalendar, now: Date): SlaInput {
  const events = toSlaEvents(history);
  const severities = new Set([f.initialSeverity, ...events.flatMap((e) => (e.type === 'severity' ? [e.to] : []))]);
  const targets: Record<string, SeverityTargets> = {};
  for (const s of severities) {
    const t = targetsForSeverity(f.planTargets, s, f.defaultSeverity ?? null);
    targets[s] = f.resolutionCommitment ? t : { response: t.response, resolution: null };
  }
  return {
    registeredAt: Math.floor(f.registeredAt.getTime() / 1000),
    severity: f.initialSeverity,
    targets,
    planVersion: f.planVersion,
    events,
    calendar,
    now: Math.floor(now.getTime() / 1000),
    warningPercents: f.warningPercents,
    pauseOnHold: f.pauseOnHold,
  };
}

/** The years a ticket's compiled calendar must cover: from its registration to two years past now. */
export function calendarYearsFor(registeredAt: Date, now: Date) {
  return { fromYear: registeredAt.getUTCFullYear(), toYear: now.getUTCFullYear() + 2 };
}

/** A plan version's SLA terms as stored (targets checked against the plan terms schema when the version was saved, R-P1). */
export interface PlanSlaTerms {
  version: number | string;
  targets: Record<string, unknown>;
  warningPercents: number[];
  pauseOnHold: boolean;
  defaultSeverity: string | null;
}

/** A ticket's SLA clocks from its facts, its plan version's terms, its parsed history and its calendar (R-S1..R-S5). */
export function slaClocksOf(
  t: { registeredAt: Date; proposedSeverity: string; resolutionCommitment: boolean },
  pv: PlanSlaTerms,
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
      planTargets: pv.targets as Record<string, PlanSeverityTargets>,
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
