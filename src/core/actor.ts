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

type ContactActor = Extract<Actor, { kind: 'contact' }>;

/** A customer's contact (its stored row, or any object with its fields) as the actor of what it does. */
export function contactActor(c: Omit<ContactActor, 'kind'>): Actor {
  return { kind: 'contact', id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
}

/** R-P1..: managers and admins run the catalogue; admins also run users and settings. */
export function isStaff(a: Actor): a is Extract<Actor, { kind: 'user' }> {
  return a.kind === 'user';
}
