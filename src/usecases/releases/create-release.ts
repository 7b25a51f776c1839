import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findReleaseRowByVersion, insertReleaseRow } from '../../storage/releases.queries.js';
import { loadProduct } from '../products/load-product.js';
import { presentRelease, type ReleaseKind, type ReleaseView } from '../../presenters/releases/present-release.js';
import { renderNotes, type NotesInput } from './release-notes-input.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreateReleaseInput {
  actor: Actor;
  productId: string;
  version: string;
  kind: ReleaseKind;
  /** R-V3: a hotfix for this customer only. */
  customerId?: string | null;
  notes?: NotesInput;
  /** 'YYYY-MM-DD' for a release made earlier (history); default the publication date. */
  releasedOn?: string | null;
}

/**
 * R-V3/R-V4: a draft release of a product or module, with notes in one or
 * more languages (Markdown, rendered and sanitised). Nobody outside the
 * vendor sees it before publishRelease. Throws FORBIDDEN, NOT_FOUND,
 * VALIDATION_FAILED (customer on a non-hotfix), INVALID_VERSION, CONFLICT.
 */
export async function createRelease(deps: { db: Db; clock: Clock }, input: CreateReleaseInput): Promise<ReleaseView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const { product, scheme } = await loadProduct(tx, input.productId);
    const key = parseVersion(scheme, input.version);
    const customerId = input.customerId ?? null;
    if (customerId && input.kind !== 'hotfix') throw new DomainError('VALIDATION_FAILED', 'Only a hotfix can be made for one customer (R-V3).', [{ path: 'customerId', problem: 'allowed on hotfixes only' }]);
    if (customerId && !(await findCustomerRow(tx, customerId))) throw new DomainError('NOT_FOUND', 'No such customer.', [{ path: 'customerId', problem: 'unknown' }]);
    if (await findReleaseRowByVersion(tx, product.id, key)) throw new DomainError('CONFLICT', `${product.name} ${formatVersion(key)} exists.`, [{ path: 'version', problem: 'already released or drafted' }]);
    const r = await insertReleaseRow(tx, {
      productId: product.id,
      version: formatVersion(key),
      versionKey: key,
      kind: input.kind,
      customerId,
      notes: renderNotes(input.notes ?? {}),
      releasedOn: input.releasedOn ?? null,
      createdBy: input.actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'release.created', objectType: 'release', objectId: r.id, details: { productId: product.id, version: r.version, kind: r.kind, customerId } });
    return presentRelease(r, product.name);
  });
}
