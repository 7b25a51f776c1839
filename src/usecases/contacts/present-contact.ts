import type { ContactRow } from '../../storage/contacts.queries.js';

export interface ContactView {
  id: string;
  customerId: string;
  email: string;
  name: string;
  phone: string;
  locale: 'en' | 'es' | 'el';
  timeZone: string;
  /** R-C2: may report incidents. */
  isAuthorized: boolean;
  /** 002: the customer's single point for approvals, estimates and extra costs. */
  isAdministrator: boolean;
  /** Whether the contact can sign in to the portal with a password. */
  hasPassword: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A contact as the API shows it: never the password hash. */
export function presentContact(r: ContactRow): ContactView {
  return {
    id: r.id,
    customerId: r.customerId,
    email: r.email,
    name: r.name,
    phone: r.phone,
    locale: r.locale,
    timeZone: r.timeZone,
    isAuthorized: r.isAuthorized,
    isAdministrator: r.isAdministrator,
    hasPassword: r.passwordHash !== null,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
