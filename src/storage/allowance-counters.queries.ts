import type { Db } from './db.js';
import { prepared, runPrepared } from './prepared.js';

/**
 * R-P5 on the hot path (docs/ARCHITECTURE.md "Hot paths"): one contract year's
 * usage read from its counter row, which this statement locks until the
 * caller's transaction ends. Concurrent registrations on one contract queue on
 * that row and each sees the count left by the one before it, so the allowance
 * is never exceeded; the ticket insert then moves the counter (a trigger, in
 * the same statement). The cost is one row, whatever the number of tickets.
 * The bundles of a year are few (bought by hand), so summing them stays cheap.
 */
const CLAIM = prepared(
  'allowance_claim',
  `INSERT INTO allowance_counters AS a (contract_id, year_start, used) VALUES ($1::uuid, $2::date, 0)
   ON CONFLICT (contract_id, year_start) DO UPDATE SET used = a.used
   RETURNING a.used AS "used",
     (SELECT coalesce(sum(b.tickets), 0)::int FROM ticket_bundles b WHERE b.contract_id = $1::uuid AND b.year_start = $2::date) AS "fromBundles"`,
);

/** Locks and reads the year's counter; call inside the transaction that writes the ticket. */
export async function claimAllowanceYear(tx: Db, contractId: string, yearStart: string): Promise<{ used: number; fromBundles: number }> {
  const [r] = await runPrepared<{ used: number; fromBundles: number }>(tx, CLAIM, [contractId, yearStart]);
  return { used: Number(r!.used), fromBundles: Number(r!.fromBundles) };
}

/** The counter as stored (0 when the year has no row yet); for checks against a recount. */
export async function allowanceCounter(db: Db, contractId: string, yearStart: string): Promise<number> {
  const rows = await runPrepared<{ used: number }>(db, COUNTER, [contractId, yearStart]);
  return Number(rows[0]?.used ?? 0);
}
const COUNTER = prepared('allowance_counter', `SELECT used AS "used" FROM allowance_counters WHERE contract_id = $1::uuid AND year_start = $2::date`);
