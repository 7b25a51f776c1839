import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { deleteInstalledRow, findInstalledRow, upsertInstalledRow } from '../../storage/products.queries.js';
import { loadProduct } from './load-product.js';
import { withTx } from '../../storage/with-tx.js';

export interface SetInstalledVersionInput {
  actor: Actor;
  customerId: string;
  productId: string;
  version: string;
  /** 'YYYY-MM-DD' the customer moved to this version, when known. */
  installedOn?: string | null;
}

/**
 * R-V6: records the version of a product or module a customer runs (one row
 * per product; changes are audited with the previous version). Throws
 * FORBIDDEN, NOT_FOUND (customer, product), VALIDATION_FAILED (archived
 * product), INVALID_VERSION.
 */
export async function setInstalledVersion(deps: { db: Db; clock: Clock }, input: SetInstalledVersionInput): Promise<{ customerId: string; productId: string; version: string; installedOn: string | null }> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (!(await findCustomerRow(tx, input.customerId))) throw new DomainError('NOT_FOUND', 'No such customer.');
    const { product, scheme } = await loadProduct(tx, input.productId);
    if (product.archivedAt) throw new DomainError('VALIDATION_FAILED', 'The product is archived.', [{ path: 'productId', problem: 'archived' }]);
    const key = parseVersion(scheme, input.version);
    const before = await findInstalledRow(tx, input.customerId, product.id);
    const r = await upsertInstalledRow(tx, {
      customerId: input.customerId,
      productId: product.id,
      version: formatVersion(key),
      versionKey: key,
      installedOn: input.installedOn ?? null,
      updatedAt: now,
      updatedBy: input.actor.id,
    });
    await recordAudit(tx, {
      at: now,
      actor: input.actor,
      action: 'installed_version.set',
      objectType: 'customer',
      objectId: input.customerId,
      details: { productId: product.id, from: before?.version ?? null, to: r.version },
    });
    return { customerId: r.customerId, productId: r.productId, version: r.version, installedOn: r.installedOn };
  });
}

/** R-V6: the customer no longer runs the product. Throws FORBIDDEN, NOT_FOUND. */
export async function removeInstalledVersion(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string; productId: string }): Promise<{ removed: true }> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (!(await deleteInstalledRow(tx, input.customerId, input.productId))) throw new DomainError('NOT_FOUND', 'The customer has no recorded version of this product.');
    await recordAudit(tx, { at: now, actor: input.actor, action: 'installed_version.removed', objectType: 'customer', objectId: input.customerId, details: { productId: input.productId } });
    return { removed: true };
  });
}
