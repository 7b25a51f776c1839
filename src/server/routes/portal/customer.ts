import { DomainError } from '../../../core/errors.js';
import { findCustomerRow } from '../../../storage/customers.queries.js';
import { presentCustomerForPortal } from '../../../usecases/customers/present-customer.js';
import { contactOf } from '../../plugins/actor.js';
import type { App } from '../../types.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

/** SPEC §1: a contact reads its own customer (never another's; no internal notes). */
export async function portalCustomerRoutes(app: App): Promise<void> {
  app.get('/api/v1/portal/customer', { config: access, schema: { tags, summary: 'My customer' } }, async (req) => {
    const row = await findCustomerRow(app.deps.db, contactOf(req).customerId);
    if (!row) throw new DomainError('NOT_FOUND', 'No such customer.');
    return presentCustomerForPortal(row);
  });
}
