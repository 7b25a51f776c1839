import type { CustomerRow } from '../../storage/customers.queries.js';
import type { CustomerView } from '../../views/customers.js';

export type { CustomerView };

export function presentCustomer(r: CustomerRow): CustomerView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    locale: r.locale,
    timeZone: r.timeZone,
    currency: r.currency,
    notes: r.notes,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** What a contact sees of its own customer in the portal: no internal notes. */
export function presentCustomerForPortal(r: CustomerRow): Omit<CustomerView, 'notes'> {
  const { notes: _notes, ...rest } = presentCustomer(r);
  return rest;
}
