import type { Actor } from '../../core/actor.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listProductRows } from '../../storage/products.queries.js';
import { loadProduct } from './load-product.js';
import { presentProduct, type ProductView } from '../../presenters/products/present-product.js';
import { computeLifecycle, type Lifecycle } from './product-lifecycle.js';
import { authorize, STAFF } from '../../core/access.js';

/** R-V1: pages products and modules; filters kind, parent, archived and a code/name search. */
export async function listProducts(
  deps: { db: Db },
  input: { actor: Actor; kind?: 'product' | 'module'; parentId?: string; archived?: boolean; q?: string; limit?: number; offset?: number },
): Promise<Page<ProductView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listProductRows(deps.db, input, page);
  return { items: rows.map(presentProduct), total, ...page };
}

/** One product with its modules and its version lifecycle (R-V1, R-V5). Throws NOT_FOUND. */
export async function getProduct(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<ProductView & { modules: ProductView[]; lifecycle: Lifecycle }> {
  authorize(input.actor, STAFF);
  const { product, scheme } = await loadProduct(deps.db, input.id);
  const modules = product.kind === 'product' ? (await listProductRows(deps.db, { parentId: product.id }, pageRequest(200, 0))).rows : [];
  return { ...presentProduct(product), modules: modules.map(presentProduct), lifecycle: await computeLifecycle(deps.db, product, scheme) };
}
