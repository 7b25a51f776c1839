import type { Actor } from '../../core/actor.js';
import type { SeverityTargets } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { targetBudgetSeconds, type Target } from '../../core/sla/index.js';
import { offersSeverity, targetsForSeverity } from '../../core/tickets/sla-input.js';
import { explainAdd } from '../../core/time/index.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, findPlanVersionRow, findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { loadCompiledCalendar } from '../tickets/support/load-calendar.js';
import { authorize, STAFF } from '../../core/access.js';

export interface PreviewInput {
  planId: string;
  /** A version number; default: the version in force on the registration date (UTC). */
  planVersion?: number;
  severity: string;
  registeredAt: Date;
}

/**
 * R-S1/R-T3: "a Blocker registered on Friday at 19:00 on Enterprise: when is
 * it due?" Due instants of the response and resolution targets with their
 * explanations (counted intervals, calendar versions, why a due instant is a
 * closing time, R-T5), without creating a ticket. Throws NOT_FOUND, INVALID_SEVERITY.
 */
export async function previewSla(deps: { db: Db; clock: Clock }, input: { actor: Actor } & PreviewInput) {
  authorize(input.actor, STAFF);
  const plan = await findPlanRow(deps.db, input.planId);
  if (!plan) throw new DomainError('NOT_FOUND', 'No such plan.');
  const date = input.registeredAt.toISOString().slice(0, 10);
  const pv = input.planVersion !== undefined ? await findPlanVersionRow(deps.db, plan.id, input.planVersion) : await findPlanVersionRowOn(deps.db, plan.id, date);
  if (!pv) throw new DomainError('NOT_FOUND', 'No plan version for that date.');
  const planTargets = pv.targets as Record<string, SeverityTargets>;
  if (!offersSeverity(planTargets, input.severity, pv.defaultSeverity)) {
    throw new DomainError('INVALID_SEVERITY', `Severity "${input.severity}" is not offered by this plan.`, { offered: Object.keys(planTargets) });
  }
  const targets = targetsForSeverity(planTargets, input.severity, pv.defaultSeverity);
  const base = { plan: { id: plan.id, code: plan.code, name: plan.name, version: pv.version }, severity: input.severity, registeredAt: input.registeredAt.toISOString() };
  if (!pv.calendarId) return { ...base, calendarId: null, response: null, resolution: null };
  const year = input.registeredAt.getUTCFullYear();
  const cal = await loadCompiledCalendar(deps.db, pv.calendarId, { fromYear: year, toYear: year + 2 });
  const from = Math.floor(input.registeredAt.getTime() / 1000);
  const one = (target: Target | null) => {
    if (!target) return null;
    const budget = targetBudgetSeconds(cal, target, from);
    if (budget === null) return { target, dueAt: null, note: 'set per ticket by an estimate' };
    const x = explainAdd(cal, from, budget);
    return { target, indicative: target.indicative, budgetSeconds: budget, dueAt: new Date(x.due.epochSeconds * 1000).toISOString(), explanation: x };
  };
  return { ...base, calendarId: pv.calendarId, response: one(targets.response), resolution: one(targets.resolution) };
}
