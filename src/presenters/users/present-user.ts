import type { UserRow } from '../../storage/users.queries.js';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'manager' | 'agent';
  locale: 'en' | 'es' | 'el';
  timeZone: string;
  mustChangePassword: boolean;
  archivedAt: string | null;
  createdAt: string;
}

/** A user as the API shows it: never the password hash. */
export function presentUser(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    timeZone: u.timeZone,
    mustChangePassword: u.mustChangePassword,
    archivedAt: u.archivedAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
