import type { ContactRow } from '../../storage/contacts.queries.js';
import type { ContactView } from '../../views/customers.js';

export type { ContactView };

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
    emailConfirmed: r.emailConfirmedAt !== null,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
