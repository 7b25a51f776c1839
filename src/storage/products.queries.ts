import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { installedVersions, products, versionSchemes } from './schema/index.js';
import { containsPattern } from './sql-helpers.js';

export type VersionSchemeRow = typeof versionSchemes.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type InstalledVersionRow = typeof installedVersions.$inferSelect;

export async function listVersionSchemeRows(db: Db): Promise<VersionSchemeRow[]> {
  return db.select().from(versionSchemes).orderBy(asc(versionSchemes.code));
}

export async function findVersionSchemeRow(db: Db, code: string): Promise<VersionSchemeRow | null> {
  const [r] = await db.select().from(versionSchemes).where(eq(versionSchemes.code, code)).limit(1);
  return r ?? null;
}

/** Inserts a scheme; false when the code exists (schemes are immutable once created: versions were parsed with them). */
export async function insertVersionSchemeRow(db: Db, row: typeof versionSchemes.$inferInsert): Promise<boolean> {
  return (await db.insert(versionSchemes).values(row).onConflictDoNothing().returning({ c: versionSchemes.code })).length > 0;
}

export interface ProductFilter {
  kind?: 'product' | 'module';
  parentId?: string;
  archived?: boolean;
  q?: string;
}

export async function listProductRows(db: Db, f: ProductFilter, page: PageRequest): Promise<{ rows: ProductRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(products.kind, f.kind));
  if (f.parentId) where.push(eq(products.parentId, f.parentId));
  if (f.archived === true) where.push(isNotNull(products.archivedAt));
  if (f.archived === false) where.push(isNull(products.archivedAt));
  if (f.q) where.push(or(ilike(products.name, containsPattern(f.q)), ilike(products.code, containsPattern(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select().from(products).where(cond).orderBy(asc(products.name), asc(products.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(products).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findProductRow(db: Db, id: string): Promise<ProductRow | null> {
  const [r] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  return r ?? null;
}

export async function findProductRowByCode(db: Db, code: string): Promise<ProductRow | null> {
  const [r] = await db.select().from(products).where(sql`lower(${products.code}) = ${code.toLowerCase()}`).limit(1);
  return r ?? null;
}

export async function insertProductRow(db: Db, row: typeof products.$inferInsert): Promise<ProductRow> {
  const [r] = await db.insert(products).values(row).returning();
  return r!;
}

export async function updateProductRow(db: Db, id: string, patch: Partial<typeof products.$inferInsert>): Promise<ProductRow | null> {
  const [r] = await db.update(products).set(patch).where(eq(products.id, id)).returning();
  return r ?? null;
}

/** R-V6: a customer's installed versions, with their products. Scoped by customer. */
export async function listInstalledRows(db: Db, customerId: string): Promise<{ installed: InstalledVersionRow; product: ProductRow }[]> {
  return db
    .select({ installed: installedVersions, product: products })
    .from(installedVersions)
    .innerJoin(products, eq(products.id, installedVersions.productId))
    .where(eq(installedVersions.customerId, customerId))
    .orderBy(asc(products.name));
}

export async function findInstalledRow(db: Db, customerId: string, productId: string): Promise<InstalledVersionRow | null> {
  const [r] = await db.select().from(installedVersions).where(and(eq(installedVersions.customerId, customerId), eq(installedVersions.productId, productId))).limit(1);
  return r ?? null;
}

export async function upsertInstalledRow(db: Db, row: typeof installedVersions.$inferInsert): Promise<InstalledVersionRow> {
  const [r] = await db
    .insert(installedVersions)
    .values(row)
    .onConflictDoUpdate({
      target: [installedVersions.customerId, installedVersions.productId],
      set: { version: row.version, versionKey: row.versionKey, installedOn: row.installedOn, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    })
    .returning();
  return r!;
}

export async function deleteInstalledRow(db: Db, customerId: string, productId: string): Promise<boolean> {
  const rows = await db.delete(installedVersions).where(and(eq(installedVersions.customerId, customerId), eq(installedVersions.productId, productId))).returning({ c: installedVersions.customerId });
  return rows.length > 0;
}

/** R-V6 "who needs which upgrade": every installation of one product, oldest version first. */
export async function listInstallationsOfProduct(db: Db, productId: string, page: PageRequest): Promise<{ rows: InstalledVersionRow[]; total: number }> {
  const cond = eq(installedVersions.productId, productId);
  const rows = await db.select().from(installedVersions).where(cond).orderBy(asc(installedVersions.versionKey), asc(installedVersions.customerId)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(installedVersions).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}
