import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findVersionSchemeRow } from '../../storage/products.queries.js';
import { schemeOf } from '../../presenters/products/present-product.js';
import { presentVersionScheme, type VersionSchemeView } from '../../presenters/products/present-version-scheme.js';
import { authorize, STAFF } from '../../core/access.js';

/** One scheme. Throws NOT_FOUND. */
export async function getVersionScheme(deps: { db: Db }, input: { actor: Actor; code: string }): Promise<VersionSchemeView> {
  authorize(input.actor, STAFF);
  const r = await findVersionSchemeRow(deps.db, input.code);
  if (!r) throw new DomainError('NOT_FOUND', `No version scheme ${input.code}.`);
  return presentVersionScheme(schemeOf(r));
}
