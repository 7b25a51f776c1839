import { and, asc, count, desc, eq, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { products, releases } from './schema/index.js';

export type ReleaseRow = typeof releases.$inferSelect;
type ProductRow = typeof products.$inferSelect;

export interface ReleaseFilter {
  productId?: string;
  kind?: ReleaseRow['kind'];
  status?: 'draft' | 'published';
  customerId?: string;
}

function conditions(f: ReleaseFilter): SQL[] {
  const where: SQL[] = [];
  if (f.productId) where.push(eq(releases.productId, f.productId));
  if (f.kind) where.push(eq(releases.kind, f.kind));
  if (f.status === 'draft') where.push(isNull(releases.publishedAt));
  if (f.status === 'published') where.push(isNotNull(releases.publishedAt));
  if (f.customerId) where.push(eq(releases.customerId, f.customerId));
  return where;
}

/** Vendor view: every release, newest version first within a product. */
export async function listReleaseRows(db: Db, f: ReleaseFilter, page: PageRequest): Promise<{ rows: { release: ReleaseRow; product: ProductRow }[]; total: number }> {
  const cond = and(...conditions(f));
  const rows = await db
    .select({ release: releases, product: products })
    .from(releases)
    .innerJoin(products, eq(products.id, releases.productId))
    .where(cond)
    .orderBy(asc(products.name), desc(releases.versionKey))
    .limit(page.limit)
    .offset(page.offset);
  const [c] = await db.select({ n: count() }).from(releases).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** R-V3 tenancy: published releases for everyone, plus hotfixes made for this customer only. */
function visibleTo(customerId: string): SQL {
  return and(isNotNull(releases.publishedAt), or(isNull(releases.customerId), eq(releases.customerId, customerId)))!;
}

export async function listVisibleReleaseRows(
  db: Db,
  customerId: string,
  f: Pick<ReleaseFilter, 'productId' | 'kind'>,
  page: PageRequest,
): Promise<{ rows: { release: ReleaseRow; product: ProductRow }[]; total: number }> {
  const cond = and(visibleTo(customerId), ...conditions(f));
  const rows = await db
    .select({ release: releases, product: products })
    .from(releases)
    .innerJoin(products, eq(products.id, releases.productId))
    .where(cond)
    .orderBy(desc(releases.publishedAt), desc(releases.versionKey))
    .limit(page.limit)
    .offset(page.offset);
  const [c] = await db.select({ n: count() }).from(releases).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** One release as a customer may see it; null when missing, unpublished or another customer's hotfix. */
export async function findVisibleReleaseRow(db: Db, customerId: string, id: string): Promise<{ release: ReleaseRow; product: ProductRow } | null> {
  const [r] = await db.select({ release: releases, product: products }).from(releases).innerJoin(products, eq(products.id, releases.productId)).where(and(eq(releases.id, id), visibleTo(customerId))).limit(1);
  return r ?? null;
}

export async function findReleaseRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<ReleaseRow | null> {
  const q = db.select().from(releases).where(eq(releases.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function findReleaseRowByVersion(db: Db, productId: string, versionKey: number[]): Promise<ReleaseRow | null> {
  const [r] = await db.select().from(releases).where(and(eq(releases.productId, productId), eq(releases.versionKey, versionKey))).limit(1);
  return r ?? null;
}

export async function insertReleaseRow(db: Db, row: typeof releases.$inferInsert): Promise<ReleaseRow> {
  const [r] = await db.insert(releases).values(row).returning();
  return r!;
}

export async function updateReleaseRow(db: Db, id: string, patch: Partial<typeof releases.$inferInsert>): Promise<ReleaseRow | null> {
  const [r] = await db.update(releases).set(patch).where(eq(releases.id, id)).returning();
  return r ?? null;
}

/** Published releases of a product open to every customer (end of life and "latest version" are computed from them). */
export async function listPublicReleaseRows(db: Db, productId: string): Promise<ReleaseRow[]> {
  return db
    .select()
    .from(releases)
    .where(and(eq(releases.productId, productId), isNotNull(releases.publishedAt), isNull(releases.customerId)))
    .orderBy(asc(releases.versionKey));
}
