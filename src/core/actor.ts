/** Who is acting: a vendor user, a customer's contact, or the system (jobs, mail). */
import type { StaffRole } from './enums.js';

export type { StaffRole };

export type Actor =
  | { kind: 'user'; id: string; role: StaffRole; name: string; email: string; locale: string; timeZone: string; mustChangePassword?: boolean }
  | {
      kind: 'contact';
      id: string;
      customerId: string;
      isAuthorized: boolean;
      isAdministrator: boolean;
      name: string;
      email: string;
      locale: string;
      timeZone: string;
    }
  | { kind: 'system'; id: null };

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null };

/** R-P1..: managers and admins run the catalogue; admins also run users and settings. */
export function isStaff(a: Actor): a is Extract<Actor, { kind: 'user' }> {
  return a.kind === 'user';
}
