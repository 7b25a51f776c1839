import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import { listCustomerRows } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from '../../presenters/customers/present-customer.js';
import { authorize, STAFF } from '../../core/access.js';

/** Pages customers (staff only); filters archived and a code/name search. Sort: name, code, createdAt (prefix - for descending). */
export async function listCustomers(
  deps: { db: Db },
  input: { actor: Actor; archived?: boolean; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<CustomerView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['name', 'code', 'createdAt'] as const);
  const { rows, total } = await listCustomerRows(deps.db, { archived: input.archived, q: input.q, sort }, page);
  return { items: rows.map(presentCustomer), total, ...page };
}
