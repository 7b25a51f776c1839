import { localDateIn } from '../../core/zones.js';
import { listActiveContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { listSeverityRows } from '../../storage/severities.queries.js';
import { offersSeverity } from '../../core/tickets/sla-input.js';

/**
 * The severity of a ticket opened by mail, where the contact proposes none
 * (R-K2): MAIL_DEFAULT_SEVERITY when the plan offers it, else the least
 * severe one the plan offers (an agent raises it, with a reason, recorded).
 */
export async function pickEmailSeverity(tx: Db, who: { customerId: string; customerZone: string }, now: Date, configured: string | null): Promise<string> {
  const known = (await listSeverityRows(tx, { archived: false }, { limit: 200, offset: 0 })).rows.map((r) => r.code);
  const date = localDateIn(who.customerZone, now);
  const [contract] = await listActiveContractRows(tx, who.customerId, date);
  const pv = contract ? await findPlanVersionRowOn(tx, contract.planId, date) : null;
  const targets = (pv?.targets ?? {}) as Record<string, unknown>;
  const offered = pv ? known.filter((c) => offersSeverity(targets, c, pv.defaultSeverity)) : known;
  if (configured && offered.includes(configured)) return configured;
  return offered[offered.length - 1] ?? known[known.length - 1] ?? configured ?? 'trivial';
}
