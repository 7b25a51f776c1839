import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { assertVersionScheme, type VersionScheme } from '../../core/versions/version-scheme.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { insertVersionSchemeRow } from '../../storage/products.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { presentVersionScheme, type VersionSchemeView } from '../../presenters/products/present-version-scheme.js';

/**
 * R-V2: adds a scheme. Schemes never change once created (stored versions
 * were parsed with them); make a new one instead. Throws FORBIDDEN,
 * INVALID_VERSION_SCHEME, CONFLICT (code in use).
 */
export async function createVersionScheme(deps: { db: Db; clock: Clock }, input: { actor: Actor; scheme: VersionScheme }): Promise<VersionSchemeView> {
  assertCanEditCatalogue(input.actor);
  assertVersionScheme(input.scheme);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (!(await insertVersionSchemeRow(tx, { ...input.scheme, createdAt: now }))) {
      throw new DomainError('CONFLICT', `A version scheme ${input.scheme.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    await recordAudit(tx, { at: now, actor: input.actor, action: 'version_scheme.created', objectType: 'version_scheme', objectId: input.scheme.code });
    return presentVersionScheme(input.scheme);
  });
}
