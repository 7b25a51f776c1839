import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findReleaseRow, findReleaseRowByVersion, updateReleaseRow } from '../../storage/releases.queries.js';
import { loadProduct } from '../products/load-product.js';
import { presentRelease, type ReleaseKind, type ReleaseView } from '../../presenters/releases/present-release.js';
import { renderNotes, type NotesInput } from './release-notes-input.js';
import { withTx } from '../../storage/with-tx.js';

export type ReleasePatch = Partial<{ version: string; kind: ReleaseKind; customerId: string | null; notes: NotesInput; releasedOn: string | null }>;

/**
 * Edits a release. Notes may change at any time (R-V4: corrections are
 * published at once; no new mail); version, kind, customer and release date
 * only while it is a draft. Throws FORBIDDEN, NOT_FOUND,
 * RELEASE_ALREADY_PUBLISHED, VALIDATION_FAILED, INVALID_VERSION, CONFLICT.
 */
export async function updateRelease(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string; patch: ReleasePatch }): Promise<ReleaseView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findReleaseRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such release.');
    const { product, scheme } = await loadProduct(tx, cur.productId);
    const { notes, ...fixed } = input.patch;
    if (cur.publishedAt && Object.keys(fixed).length) {
      throw new DomainError('RELEASE_ALREADY_PUBLISHED', 'Only the notes of a published release can change.', { fields: Object.keys(fixed) });
    }
    const patch: Parameters<typeof updateReleaseRow>[2] = { updatedAt: now };
    if (fixed.version !== undefined) {
      const key = parseVersion(scheme, fixed.version);
      const other = await findReleaseRowByVersion(tx, product.id, key);
      if (other && other.id !== cur.id) throw new DomainError('CONFLICT', `${product.name} ${formatVersion(key)} exists.`, [{ path: 'version', problem: 'already released or drafted' }]);
      Object.assign(patch, { version: formatVersion(key), versionKey: key });
    }
    const kind = fixed.kind ?? cur.kind;
    const customerId = fixed.customerId !== undefined ? fixed.customerId : cur.customerId;
    if (customerId && kind !== 'hotfix') throw new DomainError('VALIDATION_FAILED', 'Only a hotfix can be made for one customer (R-V3).', [{ path: 'customerId', problem: 'allowed on hotfixes only' }]);
    Object.assign(patch, { kind, customerId, ...(fixed.releasedOn !== undefined ? { releasedOn: fixed.releasedOn } : {}), ...(notes ? { notes: renderNotes(notes) } : {}) });
    const r = await updateReleaseRow(tx, cur.id, patch);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'release.updated', objectType: 'release', objectId: cur.id, details: { fields: Object.keys(input.patch) } });
    return presentRelease(r!, product.name);
  });
}
