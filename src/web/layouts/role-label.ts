import type { PersonActor, StaffRole } from '../api/types';

export const ROLE_KEYS: Record<StaffRole, string> = {
  admin: 'roles.admin',
  manager: 'roles.manager',
  agent: 'roles.agent',
};

/** The translation key naming what a person is (staff role, or the kind of contact). */
export function roleLabelKey(actor: PersonActor): string {
  if (actor.kind === 'user') return ROLE_KEYS[actor.role];
  if (actor.isAdministrator) return 'roles.contactAdministrator';
  return actor.isAuthorized ? 'roles.contactAuthorized' : 'roles.contact';
}
