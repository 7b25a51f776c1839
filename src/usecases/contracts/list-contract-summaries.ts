import type { Actor } from '../../core/actor.js';
import { maxDate, todayUtc } from '../../core/catalogue/dates.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { pageRequest } from '../../core/paging.js';
import { findCalendarRow, findCalendarVersionRowOn } from '../../storage/calendars.queries.js';
import { listContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { termsOf } from '../../presenters/plans/present-plan.js';
import type { ContractSummary } from '../../views/customers.js';
import { presentContract } from '../../presenters/contracts/present-contract.js';
import { Scope } from '../../core/scope.js';

export type { ContractSummary };

/**
 * The portal's "my contracts": a customer's live contracts, each with its
 * plan and the plan version in force (RULES §1: a contact sees only its own
 * customer; another customer is NOT_FOUND).
 */
export async function listContractSummaries(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; customerId: string },
): Promise<ContractSummary[]> {
  const scope = Scope.within(Scope.of(input.actor), input.customerId);
  const today = todayUtc(deps.clock.now());
  const { rows } = await listContractRows(deps.db, scope, { archived: false }, pageRequest(200, 0));
  const out: ContractSummary[] = [];
  for (const c of rows) {
    const plan = await findPlanRow(deps.db, c.planId);
    const v = await findPlanVersionRowOn(deps.db, c.planId, maxDate(today, c.startDate));
    const cal = v?.calendarId ? await findCalendarRow(deps.db, v.calendarId) : null;
    const calVersion = cal ? await findCalendarVersionRowOn(deps.db, cal.id, today) : null;
    const spec = calVersion?.spec as { timeZone?: string; weekly?: Record<string, Array<[string, string]>> } | undefined;
    const { notes: _notes, ...terms } = v ? termsOf(v) : ({} as PlanTerms);
    out.push({
      ...presentContract(c),
      plan: { id: c.planId, code: plan?.code ?? '', name: plan?.name ?? '' },
      planVersion: v ? { version: v.version, effectiveFrom: v.effectiveFrom, terms } : null,
      calendar: cal ? { id: cal.id, code: cal.code, name: cal.name, timeZone: spec?.timeZone ?? null, weekly: spec?.weekly ?? null } : null,
    });
  }
  return out;
}
