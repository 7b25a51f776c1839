import { getPortalCustomer } from '../../../usecases/customers/get-portal-customer.js';
import { contactOf } from '../../plugins/actor.js';
import type { App } from '../../types.js';
import { PortalCustomerGet } from '../../contract/portal.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

/** RULES §1: a contact reads its own customer (never another's; no internal notes). */
export async function portalCustomerRoutes(app: App): Promise<void> {
  app.get('/api/v1/portal/customer', { config: access, schema: { tags, summary: 'My customer', response: { 200: PortalCustomerGet } } }, async (req) =>
    getPortalCustomer(app.deps, { actor: contactOf(req) }),
  );
}
