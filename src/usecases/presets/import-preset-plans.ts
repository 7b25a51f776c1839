import type { Actor } from '../../core/actor.js';
import { canonicalJson } from '../../core/catalogue/plan-terms-defaults.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { ResolvedPresetPlan } from '../../core/catalogue/preset-plan-terms.js';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { findLatestPlanVersionRow, findPlanRowByCode } from '../../storage/plans.queries.js';
import { createPlan } from '../plans/create-plan.js';
import { createPlanVersion } from '../plans/create-plan-version.js';
import { termsOf } from '../../presenters/plans/present-plan.js';
import { updatePlan } from '../plans/update-plan.js';
import type { ImportOutcome } from './import-outcome.js';

/**
 * R-P1/R-P2: creates the preset's plans by code (version 1 effective from the
 * preset's date); changed terms become a new version effective from the
 * earliest allowed date (today, or the day after the latest version); a
 * changed name or rank updates the plan's label.
 */
export async function importPresetPlans(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  input: { catalogue: string; effectiveFrom: string; plans: ResolvedPresetPlan[]; calendarIds: Map<string, string> },
): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const p of input.plans) {
    const terms: PlanTerms = { ...p.terms, calendarId: p.calendarCode ? input.calendarIds.get(p.calendarCode)! : null };
    const cur = await findPlanRowByCode(deps.db, p.code);
    if (!cur) {
      const r = await createPlan(deps, { actor, code: p.code, name: p.name, rank: p.rank, catalogue: input.catalogue, effectiveFrom: input.effectiveFrom, terms });
      out.push({ kind: 'plan', code: p.code, outcome: 'created', version: 1, effectiveFrom: r.version.effectiveFrom });
      continue;
    }
    const relabel = cur.name !== p.name || cur.rank !== p.rank || cur.catalogue !== input.catalogue;
    if (relabel) await updatePlan(deps, { actor, id: cur.id, name: p.name, rank: p.rank, catalogue: input.catalogue });
    const latest = await findLatestPlanVersionRow(deps.db, cur.id);
    if (latest && canonicalJson(termsOf(latest)) === canonicalJson(terms)) {
      out.push({ kind: 'plan', code: p.code, outcome: relabel ? 'updated' : 'unchanged', version: latest.version, effectiveFrom: latest.effectiveFrom });
      continue;
    }
    const v = await createPlanVersion(deps, { actor, planId: cur.id, terms });
    out.push({ kind: 'plan', code: p.code, outcome: 'new_version', version: v.version, effectiveFrom: v.effectiveFrom });
  }
  return out;
}
