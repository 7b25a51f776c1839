import { and, asc, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { contractNotifications, contracts } from './schema/index.js';
import { notHeldBySweepFailure } from './sweep-failures.queries.js';

/** Records a contract notice once per (contract, kind, period); false when it was recorded before. */
export async function recordContractNotification(db: Db, n: { contractId: string; kind: string; period: string; firedAt: Date }): Promise<boolean> {
  const rows = await db.insert(contractNotifications).values(n).onConflictDoNothing().returning({ c: contractNotifications.contractId });
  return rows.length > 0;
}

/** Live contracts ending between two dates (inclusive) that have no renewal notice for that end date yet. */
export async function listContractsEndingUnnotified(db: Db, from: string, to: string, limit: number, now: Date) {
  return db
    .select()
    .from(contracts)
    .where(
      and(
        isNull(contracts.archivedAt),
        isNotNull(contracts.endDate),
        gte(contracts.endDate, from),
        lte(contracts.endDate, to),
        sql`NOT EXISTS (SELECT 1 FROM contract_notifications n WHERE n.contract_id = ${contracts.id} AND n.kind = 'renewal' AND n.period = ${contracts.endDate}::text)`,
        notHeldBySweepFailure('contracts.sweep-renewals', contracts.id, now),
      ),
    )
    .orderBy(asc(contracts.endDate))
    .limit(limit);
}

export async function countContractNotifications(db: Db, contractId: string, kind: string): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM contract_notifications WHERE contract_id = ${contractId}::uuid AND kind = ${kind}`))[0]!.n;
}
