import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { listInflationRows, upsertInflationRow, type InflationRow } from '../../storage/billing-charges.queries.js';
import type { Db } from '../../storage/db.js';
import type { InflationRateView } from '../../views/pricing.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { withTx } from '../../storage/with-tx.js';
import { authorize, MANAGERS } from '../../core/access.js';

const present = (r: InflationRow): InflationRateView => ({ year: r.year, rateBp: r.rateBp, source: r.source, enteredAt: r.enteredAt.toISOString(), enteredBy: r.enteredBy });

/** R-P9 inflation rates by year, newest first. */
export async function listInflationRates(deps: { db: Db }, input: { actor: Actor }) {
  authorize(input.actor, MANAGERS);
  return { items: (await listInflationRows(deps.db)).map(present) };
}

/**
 * R-P9: a manager enters the current inflation rate (basis points: 310 =
 * 3.10 %) for the year in which increased prices apply; it caps yearly
 * increases for that year. Re-entering replaces it (audited).
 * Throws FORBIDDEN.
 */
export async function setInflationRate(deps: { db: Db; clock: Clock }, input: { actor: Actor; year: number; rateBp: number; source?: string }) {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const r = await upsertInflationRow(tx, { year: input.year, rateBp: input.rateBp, source: input.source ?? '', enteredAt: now, enteredBy: input.actor.id });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'billing.inflation_set', objectType: 'inflation_rate', objectId: String(input.year), details: { rateBp: input.rateBp } });
    return present(r);
  });
}
