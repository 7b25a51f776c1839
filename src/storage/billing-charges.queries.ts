import { and, asc, between, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { billingClaims, contractCharges, contractPriceIncreases, contracts, inflationRates } from './schema/index.js';

export type ChargeRow = typeof contractCharges.$inferSelect;
export type IncreaseRow = typeof contractPriceIncreases.$inferSelect;
export type InflationRow = typeof inflationRates.$inferSelect;

export async function insertChargeRow(db: Db, row: typeof contractCharges.$inferInsert): Promise<ChargeRow> {
  const [r] = await db.insert(contractCharges).values(row).returning();
  return r!;
}

export interface ChargeListRow extends ChargeRow {
  invoiceId: string | null;
}

const claimJoin = and(eq(billingClaims.sourceType, 'contract_charge'), eq(billingClaims.sourceId, contractCharges.id));

/** A contract's charges, newest period first, with the invoice that bills each (if any). */
export async function listContractChargeRows(db: Db, contractId: string): Promise<ChargeListRow[]> {
  const rows = await db.select({ c: contractCharges, invoiceId: billingClaims.invoiceId }).from(contractCharges).leftJoin(billingClaims, claimJoin)
    .where(eq(contractCharges.contractId, contractId)).orderBy(desc(contractCharges.periodStart), desc(contractCharges.createdAt));
  return rows.map((r) => ({ ...r.c, invoiceId: r.invoiceId }));
}

export async function findChargeRow(db: Db, id: string): Promise<ChargeListRow | null> {
  const [r] = await db.select({ c: contractCharges, invoiceId: billingClaims.invoiceId }).from(contractCharges).leftJoin(billingClaims, claimJoin).where(eq(contractCharges.id, id)).limit(1);
  return r ? { ...r.c, invoiceId: r.invoiceId } : null;
}

export async function cancelChargeRow(db: Db, id: string, at: Date, by: string | null): Promise<void> {
  await db.update(contractCharges).set({ cancelledAt: at, cancelledBy: by }).where(eq(contractCharges.id, id));
}

/** R-B8: the customer's live charges starting in [from, to] and not yet on a live invoice, with the contract reference. */
export async function listUnclaimedCharges(db: Db, customerId: string, from: string, to: string): Promise<Array<ChargeRow & { reference: string }>> {
  const rows = await db
    .select({ c: contractCharges, reference: contracts.reference })
    .from(contractCharges)
    .innerJoin(contracts, eq(contracts.id, contractCharges.contractId))
    .leftJoin(billingClaims, claimJoin)
    .where(and(eq(contractCharges.customerId, customerId), isNull(contractCharges.cancelledAt), between(contractCharges.periodStart, from, to), isNull(billingClaims.sourceId)))
    .orderBy(asc(contractCharges.periodStart), asc(contractCharges.createdAt))
    .for('update', { of: contractCharges });
  return rows.map((r) => ({ ...r.c, reference: r.reference }));
}

/** The last day the contract's live activation, retroactive or renewal charges pay for; null when none. */
export async function findPaidThrough(db: Db, contractId: string): Promise<string | null> {
  const [r] = await db
    .select({ d: sql<string | null>`max(${contractCharges.periodEnd})::text` })
    .from(contractCharges)
    .where(and(eq(contractCharges.contractId, contractId), isNull(contractCharges.cancelledAt), inArray(contractCharges.kind, ['activation', 'retroactive', 'renewal'])));
  return r?.d ?? null;
}

/** R-P9: the contract's first live adjustment charge whose period starts in `year` (the year of the cost change); null when none. */
export async function findAdjustmentInYear(db: Db, contractId: string, year: number): Promise<ChargeRow | null> {
  const [r] = await db
    .select()
    .from(contractCharges)
    .where(and(eq(contractCharges.contractId, contractId), eq(contractCharges.kind, 'adjustment'), isNull(contractCharges.cancelledAt), between(contractCharges.periodStart, `${year}-01-01`, `${year}-12-31`)))
    .orderBy(asc(contractCharges.periodStart))
    .limit(1);
  return r ?? null;
}

export async function upsertInflationRow(db: Db, row: typeof inflationRates.$inferInsert): Promise<InflationRow> {
  const { year: _y, ...set } = row;
  const [r] = await db.insert(inflationRates).values(row).onConflictDoUpdate({ target: inflationRates.year, set }).returning();
  return r!;
}

export async function findInflationRow(db: Db, year: number): Promise<InflationRow | null> {
  const [r] = await db.select().from(inflationRates).where(eq(inflationRates.year, year)).limit(1);
  return r ?? null;
}

export async function listInflationRows(db: Db): Promise<InflationRow[]> {
  return db.select().from(inflationRates).orderBy(desc(inflationRates.year));
}

export async function insertIncreaseRow(db: Db, row: typeof contractPriceIncreases.$inferInsert): Promise<IncreaseRow> {
  const [r] = await db.insert(contractPriceIncreases).values(row).returning();
  return r!;
}

export async function findIncreaseRow(db: Db, contractId: string, year: number): Promise<IncreaseRow | null> {
  const [r] = await db.select().from(contractPriceIncreases).where(and(eq(contractPriceIncreases.contractId, contractId), eq(contractPriceIncreases.year, year))).limit(1);
  return r ?? null;
}

export async function listIncreaseRows(db: Db, contractId: string): Promise<IncreaseRow[]> {
  return db.select().from(contractPriceIncreases).where(eq(contractPriceIncreases.contractId, contractId)).orderBy(desc(contractPriceIncreases.year));
}

export async function markIncreaseApplied(db: Db, id: string, at: Date): Promise<void> {
  await db.update(contractPriceIncreases).set({ appliedAt: at }).where(eq(contractPriceIncreases.id, id));
}

/**
 * R-P10: live contracts that renew on 1 January of `year` (started by then and
 * not ending before 31 December), except those whose live activation,
 * retroactive or renewal charges already pay for that 31 December. Locked.
 */
export async function listRenewableContractIds(db: Db, year: number): Promise<string[]> {
  const jan1 = `${year}-01-01`;
  const dec31 = `${year}-12-31`;
  const res = await db.execute(sql`
    SELECT c.id FROM contracts c
    WHERE c.archived_at IS NULL AND c.start_date <= ${jan1}::date AND (c.end_date IS NULL OR c.end_date >= ${dec31}::date)
      AND NOT EXISTS (SELECT 1 FROM contract_charges ch WHERE ch.contract_id = c.id AND ch.cancelled_at IS NULL
        AND ch.kind IN ('activation', 'retroactive', 'renewal') AND ch.period_start <= ${dec31}::date AND ch.period_end >= ${dec31}::date)
    ORDER BY c.start_date, c.id
    FOR UPDATE OF c`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}
