import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listUserRows } from '../../storage/users.queries.js';
import { presentUser, type UserView } from '../../presenters/users/present-user.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** Pages vendor users; filters by role, archived and a name/email search. Sort: name, email, createdAt (prefix - for descending). */
export async function listUsers(
  deps: { db: Db },
  input: { actor: Actor; role?: 'admin' | 'manager' | 'agent'; archived?: boolean; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<UserView>> {
  authorize(input.actor, MANAGERS);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listUserRows(
    deps.db,
    { role: input.role, archived: input.archived, q: input.q, sort: parseSort(input.sort, ['name', 'email', 'createdAt'] as const) },
    page,
  );
  return { items: rows.map(presentUser), total, ...page };
}
