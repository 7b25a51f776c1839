import { Type } from '@sinclair/typebox';
import { convertUnentitledRequest } from '../../../usecases/unentitled/convert-unentitled-request.js';
import { listUnentitledRequests } from '../../../usecases/unentitled/list-unentitled-requests.js';
import { getTicket } from '../../../usecases/tickets/get-ticket.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams, Obj, Offset } from '../../schemas.js';
import type { App } from '../../types.js';
import { ref } from '../../contract/ref.js';
import { PortalTicket } from '../../contract/tickets.js';
import { PortalHeldRequestsGet } from '../../contract/portal.js';

const config = { access: ['contact'] as const };
const tags = ['portal: approvals'];

/** R-P5: the customer's administrator sees requests held for the allowance and approves them as billable extras. */
export async function portalApprovalRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get('/api/v1/portal/held-requests', {
    config,
    schema: { tags, summary: 'Requests held because the allowance is used up (administrator only; others get an empty list)', querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Offset) }), response: { 200: PortalHeldRequestsGet } },
  }, async (req) => listUnentitledRequests(deps, { actor: contactOf(req), status: 'awaiting_approval', ...req.query }));
  app.post('/api/v1/portal/held-requests/:id/approve', { config, schema: { tags, summary: 'Approve as a billable extra ticket (administrator)', params: IdParams, response: { 201: ref(PortalTicket) } } }, async (req, reply) => {
    const actor = contactOf(req);
    const t = await convertUnentitledRequest(deps, { actor, id: req.params.id });
    return reply.status(201).send(await getTicket(deps, { actor, id: t.id }));
  });
}
