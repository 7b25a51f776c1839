import { DomainError } from '../../../core/errors.js';
import { listContractSummaries } from '../../../usecases/contracts/list-contract-summaries.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams } from '../../schemas.js';
import type { App } from '../../types.js';
import { PortalContractsGet, PortalContractsIdGet } from '../../contract/portal.js';

const tags = ['portal'];
const access = { access: ['contact'] as const };

/** RULES §1, R-P2: a contact reads its customer's contracts with the plan version in force. */
export async function portalContractRoutes(app: App): Promise<void> {
  app.get('/api/v1/portal/contracts', { config: access, schema: { tags, summary: "My customer's contracts with their current plan terms", response: { 200: PortalContractsGet } } }, async (req) => {
    const me = contactOf(req);
    return { items: await listContractSummaries(app.deps, { actor: me, customerId: me.customerId }) };
  });
  app.get('/api/v1/portal/contracts/:id', { config: access, schema: { tags, summary: 'One of my contracts', params: IdParams, response: { 200: PortalContractsIdGet } } }, async (req) => {
    const me = contactOf(req);
    const found = (await listContractSummaries(app.deps, { actor: me, customerId: me.customerId })).find((c) => c.id === req.params.id);
    if (!found) throw new DomainError('NOT_FOUND', 'No such contract.');
    return found;
  });
}
