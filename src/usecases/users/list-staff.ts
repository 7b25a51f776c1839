import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { listStaffDirectory } from '../../storage/users.queries.js';
import type { StaffMemberView } from '../../views/staff.js';

/**
 * The staff directory every vendor user may read (names in a ticket's history,
 * the assignee picker, the queue's assignee filter). Managing users stays with
 * admins (/admin/users); this shows no email, language or zone. Contacts never see it.
 */
export async function listStaff(deps: { db: Db }, input: { actor: Actor }): Promise<{ items: StaffMemberView[] }> {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff see the staff directory.');
  const rows = await listStaffDirectory(deps.db);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, archived: r.archivedAt !== null })) };
}
