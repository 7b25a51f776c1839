import type { Actor } from '../../core/actor.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { pageRequest, type Page } from '../../core/paging.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { listInstallationsOfProduct } from '../../storage/products.queries.js';
import { customerLevelOn } from './contract-entitlements.js';
import { describeInstallation, type InstalledVersionView } from './list-installed-versions.js';
import { loadProduct } from './load-product.js';
import { authorize, STAFF } from '../../core/access.js';

export type InstallationView = Omit<InstalledVersionView, 'product'> & { customer: { id: string; code: string; name: string } };

/**
 * R-V6 "who needs which upgrade": every customer running a product, oldest
 * version first, with end of life and the right to the latest version under
 * each customer's contract. Staff only. Throws NOT_FOUND.
 */
export async function listProductInstallations(deps: { db: Db; clock: Clock }, input: { actor: Actor; productId: string; limit?: number; offset?: number }): Promise<Page<InstallationView>> {
  authorize(input.actor, STAFF);
  const { product } = await loadProduct(deps.db, input.productId);
  const today = todayUtc(deps.clock.now());
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listInstallationsOfProduct(deps.db, product.id, page);
  const items: InstallationView[] = [];
  for (const i of rows) {
    const c = await findCustomerRow(deps.db, i.customerId);
    const { product: _p, ...rest } = await describeInstallation(deps.db, today, i, product, await customerLevelOn(deps.db, i.customerId, today));
    items.push({ ...rest, customer: { id: i.customerId, code: c?.code ?? '', name: c?.name ?? '' } });
  }
  return { items, total, ...page };
}
