import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findProductRow, findProductRowByCode, updateProductRow } from '../../storage/products.queries.js';
import { presentProduct, type ProductView } from '../../presenters/products/present-product.js';
import { withTx } from '../../storage/with-tx.js';

export type ProductPatch = Partial<{ code: string; name: string; description: string; majorLifetimeMonths: number; eolWarningDays: number[] }>;

/**
 * Changes a product's names and its R-V5 settings (major lifetime, warning
 * days). The kind, parent and version scheme never change: stored versions
 * were parsed with the scheme. Throws FORBIDDEN, NOT_FOUND, CONFLICT.
 */
export async function updateProduct(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string; patch: ProductPatch }): Promise<ProductView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findProductRow(tx, input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such product.');
    const p = input.patch;
    if (p.code !== undefined && p.code.toLowerCase() !== cur.code.toLowerCase() && (await findProductRowByCode(tx, p.code))) {
      throw new DomainError('CONFLICT', `A product with code ${p.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const patch = { ...p, ...(p.eolWarningDays ? { eolWarningDays: [...new Set(p.eolWarningDays)].sort((a, b) => b - a) } : {}) };
    const r = await updateProductRow(tx, cur.id, { ...patch, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'product.updated', objectType: 'product', objectId: cur.id, details: { fields: Object.keys(p) } });
    return presentProduct(r!);
  });
}

/** Archives a product (never deleted: releases and installations refer to it). Throws FORBIDDEN, NOT_FOUND. */
export async function archiveProduct(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<ProductView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findProductRow(tx, input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such product.');
    if (cur.archivedAt) return presentProduct(cur);
    const r = await updateProductRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'product.archived', objectType: 'product', objectId: cur.id });
    return presentProduct(r!);
  });
}
