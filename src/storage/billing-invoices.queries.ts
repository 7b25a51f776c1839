import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { billingClaims, invoiceLines, invoiceSeries, invoices, type ClaimSourceType } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';
import type { InvoiceStatus } from '../core/enums.js';

// Tenant scoping: reads a contact can reach take customerId; staff pass null explicitly.

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

export async function insertInvoiceRow(db: Db, row: typeof invoices.$inferInsert): Promise<InvoiceRow> {
  const [r] = await db.insert(invoices).values(row).returning();
  return r!;
}

export async function insertLineRows(db: Db, rows: Array<typeof invoiceLines.$inferInsert>): Promise<InvoiceLineRow[]> {
  return rows.length ? db.insert(invoiceLines).values(rows).returning() : [];
}

export async function insertClaimRows(db: Db, rows: Array<{ sourceType: ClaimSourceType; sourceId: string; invoiceId: string; lineId: string }>): Promise<void> {
  if (rows.length) await db.insert(billingClaims).values(rows);
}

/** Frees the sources of the given lines so they can be invoiced again (deleted draft, credit note). */
export async function releaseClaimsOfLines(db: Db, lineIds: string[]): Promise<void> {
  if (lineIds.length) await db.delete(billingClaims).where(inArray(billingClaims.lineId, lineIds));
}

export async function findInvoiceRow(db: Db, scope: Scope, id: string, opts: { lock?: boolean; issuedOnly?: boolean } = {}): Promise<InvoiceRow | null> {
  const q = db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), inScope(scope, invoices.customerId), opts.issuedOnly ? eq(invoices.status, 'issued') : undefined))
    .limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function listLineRows(db: Db, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position));
}

export interface InvoiceFilter {
  customerId?: string | null;
  status?: InvoiceStatus;
  kind?: 'invoice' | 'credit_note';
}

/** Invoices newest first. */
export async function listInvoiceRows(db: Db, f: InvoiceFilter, page: PageRequest): Promise<{ rows: InvoiceRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.customerId) where.push(eq(invoices.customerId, f.customerId));
  if (f.status) where.push(eq(invoices.status, f.status));
  if (f.kind) where.push(eq(invoices.kind, f.kind));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select().from(invoices).where(cond).orderBy(desc(invoices.createdAt), desc(invoices.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(invoices).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Deletes a draft with its lines and claims (the trigger refuses an issued invoice). */
export async function deleteDraftInvoice(db: Db, id: string): Promise<void> {
  await db.delete(billingClaims).where(eq(billingClaims.invoiceId, id));
  await db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, id));
  await db.delete(invoices).where(eq(invoices.id, id));
}

/**
 * R-B8 gap-free numbering: takes the series' next number under a row lock
 * (FOR UPDATE) inside the issuing transaction. Concurrent issuers queue on the
 * row; a rolled-back issue gives its number back, unlike a sequence.
 */
export async function takeNextInvoiceNumber(db: Db, series: string): Promise<number> {
  await db.insert(invoiceSeries).values({ code: series, nextNumber: 1 }).onConflictDoNothing();
  const [row] = await db.select().from(invoiceSeries).where(eq(invoiceSeries.code, series)).for('update');
  await db.update(invoiceSeries).set({ nextNumber: row!.nextNumber + 1 }).where(eq(invoiceSeries.code, series));
  return row!.nextNumber;
}

export async function markInvoiceIssued(db: Db, id: string, patch: Pick<typeof invoices.$inferInsert, 'series' | 'number' | 'displayNumber' | 'issueDate' | 'issuedAt' | 'issuedBy'>): Promise<InvoiceRow> {
  const [r] = await db.update(invoices).set({ ...patch, status: 'issued' }).where(and(eq(invoices.id, id), eq(invoices.status, 'draft'))).returning();
  return r!;
}

/** Lines of an invoice already credited by an issued credit note. */
export async function listCreditedLineIds(db: Db, lineIds: string[]): Promise<string[]> {
  if (!lineIds.length) return [];
  const rows = await db.select({ id: invoiceLines.creditedLineId }).from(invoiceLines).where(inArray(invoiceLines.creditedLineId, lineIds));
  return rows.map((r) => r.id!).filter(Boolean);
}
