import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findProductRow, findProductRowByCode, findVersionSchemeRow, insertProductRow } from '../../storage/products.queries.js';
import { presentProduct, type ProductView } from '../../presenters/products/present-product.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreateProductInput {
  actor: Actor;
  code: string;
  name: string;
  kind: 'product' | 'module';
  /** Required for a module: the product it belongs to. */
  parentId?: string | null;
  schemeCode: string;
  description?: string;
  majorLifetimeMonths?: number;
  eolWarningDays?: number[];
}

/**
 * R-V1: adds a product or a module of a product, each with its own version
 * line in a version scheme (R-V2). Throws FORBIDDEN, VALIDATION_FAILED
 * (module without a live parent product, parent on a product), NOT_FOUND
 * (scheme), CONFLICT (code in use, case-insensitive).
 */
export async function createProduct(deps: { db: Db; clock: Clock }, input: CreateProductInput): Promise<ProductView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (!(await findVersionSchemeRow(tx, input.schemeCode))) throw new DomainError('NOT_FOUND', `No version scheme ${input.schemeCode}.`, [{ path: 'schemeCode', problem: 'unknown' }]);
    const parentId = input.parentId ?? null;
    if (input.kind === 'module') {
      const parent = parentId ? await findProductRow(tx, parentId) : null;
      if (!parent || parent.kind !== 'product' || parent.archivedAt) throw new DomainError('VALIDATION_FAILED', 'A module belongs to a live product.', [{ path: 'parentId', problem: 'must name a live product' }]);
    } else if (parentId) {
      throw new DomainError('VALIDATION_FAILED', 'Only modules have a parent product.', [{ path: 'parentId', problem: 'must be null for a product' }]);
    }
    if (await findProductRowByCode(tx, input.code)) throw new DomainError('CONFLICT', `A product with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    const r = await insertProductRow(tx, {
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      parentId,
      schemeCode: input.schemeCode,
      description: input.description ?? '',
      majorLifetimeMonths: input.majorLifetimeMonths ?? 36,
      eolWarningDays: [...new Set(input.eolWarningDays ?? [90])].sort((a, b) => b - a),
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'product.created', objectType: 'product', objectId: r.id, details: { code: r.code, kind: r.kind } });
    return presentProduct(r);
  });
}
