import { Type, type Static } from '@sinclair/typebox';
import { convertUnentitledRequest } from '../../../usecases/unentitled/convert-unentitled-request.js';
import { dismissUnentitledRequest } from '../../../usecases/unentitled/dismiss-unentitled-request.js';
import { listUnentitledRequests } from '../../../usecases/unentitled/list-unentitled-requests.js';
import { createTicketBundle } from '../../../usecases/tickets/create-ticket-bundle.js';
import { getAllowance } from '../../../usecases/tickets/get-allowance.js';
import { getTicket } from '../../../usecases/tickets/get-ticket.js';
import { registerTicket } from '../../../usecases/tickets/register-ticket.js';
import { statusForCode } from '../../error-status.js';
import { actorOf, staffOf } from '../../plugins/actor.js';
import { errorBody } from '../../plugins/errors.js';
import { idempotent } from '../../plugins/idempotency.js';
import { IdParams, IsoDate, IsoInstant, Obj, Offset, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { BodyText, SeverityCode, Subject } from '../ticket-schemas.js';
import { UNENTITLED_STATUSES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminContractsIdBundlesPost, AgentCustomersIdAllowanceGet, AgentTicketsPhonePost, AgentUnentitledRequestsGet, AgentUnentitledRequestsIdConvertPost, AgentUnentitledRequestsIdDismissPost } from '../../contract/agent.js';
import { StaffTicket } from '../../contract/tickets.js';

const config = { access: ['admin', 'manager', 'agent'] as const };
const UnentitledStatus = literalUnion(UNENTITLED_STATUSES);

/** Phone intake, the kept refused requests, allowances and ticket bundles (R-K1, R-C2, R-P5). */
export async function agentIntakeRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.post(
    '/api/v1/agent/tickets/phone',
    {
      config,
      schema: {
        tags: ['agent: tickets'],
        summary: 'Log a phone call as a ticket for a contact (only on plans with phone)',
        body: Obj({ contactId: Uuid, calledAt: IsoInstant, subject: Subject, body: BodyText, severity: SeverityCode }), response: { 201: AgentTicketsPhonePost },
      },
    },
    async (req, reply) =>
      idempotent(app, req, reply, async (d) => {
        const actor = staffOf(req);
        const r = await registerTicket(d, {
          actor, channel: 'phone', requesterId: req.body.contactId, registeredAt: new Date(req.body.calledAt),
          subject: req.body.subject, body: { text: req.body.body }, severity: req.body.severity,
        });
        if (r.kind === 'refused') {
          return { status: statusForCode(r.code), body: errorBody(r.code, r.message, { unentitledRequestId: r.unentitledRequestId, heldForApproval: r.holdForApproval }) };
        }
        return { status: 201, body: await getTicket(d, { actor, id: r.ticket.id }) };
      }),
  );
  const tags = ['agent: unentitled requests'];
  app.get('/api/v1/agent/unentitled-requests', {
    config,
    schema: { tags, summary: 'Refused requests kept for people to see', querystring: Obj({ status: Type.Optional(UnentitledStatus), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Offset) }), response: { 200: AgentUnentitledRequestsGet } },
  }, async (req) => listUnentitledRequests(deps, { actor: staffOf(req), ...req.query }));
  app.post('/api/v1/agent/unentitled-requests/:id/convert', {
    config,
    schema: { tags, summary: 'Turn a kept request into a ticket (recorded override)', params: IdParams, body: Obj({ severity: Type.Optional(SeverityCode), contactId: Type.Optional(Uuid), note: Type.Optional(Type.String({ maxLength: 2000 })) }), response: { 201: AgentUnentitledRequestsIdConvertPost } },
  }, async (req, reply) => {
    const t = await convertUnentitledRequest(deps, { actor: staffOf(req), id: req.params.id, ...req.body });
    // A staff actor always gets the staff view.
    return reply.status(201).send((await getTicket(deps, { actor: staffOf(req), id: t.id })) as Static<typeof StaffTicket>);
  });
  app.post('/api/v1/agent/unentitled-requests/:id/dismiss', {
    config,
    schema: { tags, summary: 'Dismiss a kept request with a note', params: IdParams, body: Obj({ note: Type.String({ minLength: 1, maxLength: 2000 }) }), response: { 200: AgentUnentitledRequestsIdDismissPost } },
  }, async (req) => dismissUnentitledRequest(deps, { actor: staffOf(req), id: req.params.id, note: req.body.note }));
  app.get('/api/v1/agent/customers/:id/allowance', { config, schema: { tags: ['agent: customers'], summary: 'Allowance per contract in force (R-P5)', params: IdParams, response: { 200: AgentCustomersIdAllowanceGet } } }, async (req) =>
    getAllowance(deps, { actor: actorOf(req), customerId: req.params.id }),
  );
  app.post('/api/v1/admin/contracts/:id/bundles', {
    config: { access: ['admin', 'manager'] as const },
    schema: {
      tags: ['contracts'],
      summary: 'Add a ticket bundle to the contract year containing the date (R-P5)',
      params: IdParams,
      body: Obj({ tickets: Type.Integer({ minimum: 1, maximum: 100000 }), priceCents: Type.Integer({ minimum: 0 }), currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })), date: Type.Optional(IsoDate) }), response: { 201: AdminContractsIdBundlesPost },
    },
  }, async (req, reply) => {
    const b = await createTicketBundle(deps, { actor: staffOf(req), contractId: req.params.id, ...req.body });
    return reply.status(201).send({ ...b, purchasedAt: b.purchasedAt.toISOString() });
  });
}
