import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from './db.js';
import { estimatePhases, estimates } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

// Tenant scoping: reads a contact can reach take customerId; staff pass null explicitly.

export type EstimateRow = typeof estimates.$inferSelect;
export type PhaseRow = typeof estimatePhases.$inferSelect;
export type EstimateWithPhases = EstimateRow & { phases: PhaseRow[] };

export async function nextEstimateVersion(db: Db, ticketId: string): Promise<number> {
  const [r] = await db.select({ v: max(estimates.version) }).from(estimates).where(eq(estimates.ticketId, ticketId));
  return Number(r?.v ?? 0) + 1;
}

export async function insertEstimateRow(db: Db, row: typeof estimates.$inferInsert): Promise<EstimateRow> {
  const [r] = await db.insert(estimates).values(row).returning();
  return r!;
}

export async function updateEstimateRow(db: Db, id: string, patch: Partial<typeof estimates.$inferInsert>): Promise<EstimateRow> {
  const [r] = await db.update(estimates).set(patch).where(eq(estimates.id, id)).returning();
  return r!;
}

/** Replaces a draft's phases (positions 1..n). */
export async function replacePhaseRows(db: Db, estimateId: string, phases: Array<{ name: string; minutes: number; priceCents: number }>): Promise<PhaseRow[]> {
  await db.delete(estimatePhases).where(eq(estimatePhases.estimateId, estimateId));
  return db
    .insert(estimatePhases)
    .values(phases.map((p, i) => ({ estimateId, position: i + 1, ...p })))
    .returning();
}

export async function updatePhaseRow(db: Db, id: string, patch: Partial<typeof estimatePhases.$inferInsert>): Promise<void> {
  await db.update(estimatePhases).set(patch).where(eq(estimatePhases.id, id));
}

/** A ticket's estimates, newest version first, each with its phases in order. */
export async function listTicketEstimates(db: Db, scope: Scope, ticketId: string): Promise<EstimateWithPhases[]> {
  const rows = await db
    .select()
    .from(estimates)
    .where(and(eq(estimates.ticketId, ticketId), inScope(scope, estimates.customerId)))
    .orderBy(desc(estimates.version));
  if (rows.length === 0) return [];
  const phases = await db.select().from(estimatePhases).where(inArray(estimatePhases.estimateId, rows.map((r) => r.id))).orderBy(asc(estimatePhases.position));
  return rows.map((r) => ({ ...r, phases: phases.filter((p) => p.estimateId === r.id) }));
}
