import { authorize, STAFF } from '../../core/access.js';
import type { Actor } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { listVersionSchemeRows } from '../../storage/products.queries.js';
import { schemeOf } from '../../presenters/products/present-product.js';
import { presentVersionScheme, type VersionSchemeView } from '../../presenters/products/present-version-scheme.js';

/** R-V2: every version scheme, with the shape people type. Throws FORBIDDEN. */
export async function listVersionSchemes(deps: { db: Db }, input: { actor: Actor }): Promise<VersionSchemeView[]> {
  authorize(input.actor, STAFF);
  return (await listVersionSchemeRows(deps.db)).map((r) => presentVersionScheme(schemeOf(r)));
}
