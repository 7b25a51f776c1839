import type { Db } from '../../storage/db.js';
import { listVersionSchemeRows } from '../../storage/products.queries.js';
import { schemeOf } from './present-product.js';
import { presentVersionScheme, type VersionSchemeView } from './present-version-scheme.js';

/** R-V2: every version scheme, with the shape people type. */
export async function listVersionSchemes(deps: { db: Db }): Promise<VersionSchemeView[]> {
  return (await listVersionSchemeRows(deps.db)).map((r) => presentVersionScheme(schemeOf(r)));
}
