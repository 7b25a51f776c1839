import type { Actor } from '../../core/actor.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import { DomainError } from '../../core/errors.js';
import { listContactRows } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';

/**
 * Pages a customer's contacts; contacts list only their own customer's (RULES §1;
 * another customer's list is NOT_FOUND, like a missing customer). Filters archived, authorized, q.
 * Sort: name, email, createdAt (prefix - for descending).
 */
export async function listContacts(
  deps: { db: Db },
  input: { actor: Actor; customerId: string; archived?: boolean; authorized?: boolean; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<ContactView>> {
  const customerId = customerScope(input.actor, input.customerId);
  if (!(await findCustomerRow(deps.db, customerId))) throw new DomainError('NOT_FOUND', 'No such customer.');
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['name', 'email', 'createdAt'] as const);
  const f = { archived: input.archived, authorized: input.authorized, q: input.q, sort };
  const { rows, total } = await listContactRows(deps.db, customerId, f, page);
  return { items: rows.map(presentContact), total, ...page };
}
