import { and, count, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { billingSettings, contractTerms, freeConfigurationTasks, tickets } from './schema/index.js';

export type ContractTermsRow = typeof contractTerms.$inferSelect;
export type BillingSettingsRow = typeof billingSettings.$inferSelect;

/** The contract's billing facts, or null when none were set (callers apply the defaults). */
export async function findContractTermsRow(db: Db, contractId: string, opts: { lock?: boolean } = {}): Promise<ContractTermsRow | null> {
  const q = db.select().from(contractTerms).where(eq(contractTerms.contractId, contractId)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function upsertContractTermsRow(db: Db, row: typeof contractTerms.$inferInsert): Promise<ContractTermsRow> {
  const { contractId: _id, ...set } = row;
  const [r] = await db.insert(contractTerms).values(row).onConflictDoUpdate({ target: contractTerms.contractId, set }).returning();
  return r!;
}

/** The vendor's billing settings (the migration inserts the one row). */
export async function getBillingSettingsRow(db: Db): Promise<BillingSettingsRow> {
  const [r] = await db.select().from(billingSettings).limit(1);
  return r!;
}

export async function updateBillingSettingsRow(db: Db, patch: Partial<typeof billingSettings.$inferInsert>): Promise<BillingSettingsRow> {
  const [r] = await db.update(billingSettings).set(patch).where(eq(billingSettings.id, true)).returning();
  return r!;
}

/**
 * R-B4: free configuration tasks the contract used in a calendar year. A
 * ticket recategorised away from configuration_request no longer uses one.
 */
export async function countFreeTasksUsed(db: Db, contractId: string, year: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(freeConfigurationTasks)
    .innerJoin(tickets, eq(tickets.id, freeConfigurationTasks.ticketId))
    .where(and(eq(freeConfigurationTasks.contractId, contractId), eq(freeConfigurationTasks.year, year), eq(tickets.category, 'configuration_request')));
  return Number(r?.n ?? 0);
}

export async function findFreeTask(db: Db, ticketId: string): Promise<typeof freeConfigurationTasks.$inferSelect | null> {
  const [r] = await db.select().from(freeConfigurationTasks).where(eq(freeConfigurationTasks.ticketId, ticketId)).limit(1);
  return r ?? null;
}

export async function insertFreeTask(db: Db, row: typeof freeConfigurationTasks.$inferInsert): Promise<void> {
  await db.insert(freeConfigurationTasks).values(row).onConflictDoNothing();
}
