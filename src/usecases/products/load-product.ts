import { DomainError } from '../../core/errors.js';
import type { VersionScheme } from '../../core/versions/version-scheme.js';
import type { Db } from '../../storage/db.js';
import { findProductRow, findVersionSchemeRow, type ProductRow } from '../../storage/products.queries.js';
import { schemeOf } from '../../presenters/products/present-product.js';

/** A product with its version scheme. Throws NOT_FOUND (product or scheme). */
export async function loadProduct(db: Db, productId: string): Promise<{ product: ProductRow; scheme: VersionScheme }> {
  const product = await findProductRow(db, productId);
  if (!product) throw new DomainError('NOT_FOUND', 'No such product.');
  const s = await findVersionSchemeRow(db, product.schemeCode);
  if (!s) throw new DomainError('NOT_FOUND', `No version scheme ${product.schemeCode}.`);
  return { product, scheme: schemeOf(s) };
}
