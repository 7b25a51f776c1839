import { DomainError } from '../../../core/errors.js';
import { addAttachment } from '../../../usecases/tickets/add-attachment.js';
import { getAllowance } from '../../../usecases/tickets/get-allowance.js';
import { getTicket, viewRegisteredTicket } from '../../../usecases/tickets/get-ticket.js';
import { readAttachment } from '../../../usecases/tickets/read-attachment.js';
import { registerTicket } from '../../../usecases/tickets/register-ticket.js';
import { replyToTicket } from '../../../usecases/tickets/reply-to-ticket.js';
import { statusForCode } from '../../error-status.js';
import { contactOf } from '../../plugins/actor.js';
import { errorBody } from '../../plugins/errors.js';
import { idempotent } from '../../plugins/idempotency.js';
import { Obj } from '../../schemas.js';
import type { App } from '../../types.js';
import { Download } from '../../contract/helpers.js';
import { ref } from '../../contract/ref.js';
import { Attachment, PortalTicket } from '../../contract/tickets.js';
import { readUpload, sendDownload } from '../attachment-io.js';
import { AttachmentParams, BodyText, SeverityCode, Subject, TicketParams } from '../ticket-schemas.js';
import { PortalAllowanceGet, PortalTicketsIdGet } from '../../contract/portal.js';

const tags = ['portal: tickets'];
const access = { access: ['contact'] as const };

/**
 * The support center and the API channel (R-K1): a contact files tickets,
 * replies and attaches files, and reads its customer's tickets and allowance.
 * A bearer token makes the request the 'api' channel; a session, 'portal'.
 * Contacts can set none of: status, SLA fields, customer, assignee,
 * timestamps (closed schemas: such fields are a 400).
 */
export async function portalTicketRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.post(
    '/api/v1/portal/tickets',
    { config: access, schema: { tags, summary: 'File a ticket (Idempotency-Key supported)', body: Obj({ subject: Subject, body: BodyText, severity: SeverityCode }), response: { 201: ref(PortalTicket) } } },
    async (req, reply) =>
      idempotent(app, req, reply, async (d) => {
        const actor = contactOf(req);
        const r = await registerTicket(d, {
          actor,
          channel: req.authVia === 'token' ? 'api' : 'portal',
          requesterId: actor.id,
          subject: req.body.subject,
          body: { text: req.body.body },
          severity: req.body.severity,
        });
        if (r.kind === 'refused') {
          const details = { unentitledRequestId: r.unentitledRequestId, heldForApproval: r.holdForApproval };
          return { status: statusForCode(r.code), body: errorBody(r.code, r.message, details) };
        }
        return { status: 201, body: viewRegisteredTicket(r.ticket, r.events) };
      }),
  );
  app.get('/api/v1/portal/tickets/:id', { config: access, schema: { tags, summary: 'One of my customer\'s tickets', params: TicketParams, response: { 200: PortalTicketsIdGet } } }, async (req) =>
    getTicket(deps, { actor: contactOf(req), id: req.params.id }),
  );
  app.post(
    '/api/v1/portal/tickets/:id/replies',
    { config: access, schema: { tags, summary: 'Reply (reopens a pending or solved ticket)', params: TicketParams, body: Obj({ body: BodyText }), response: { 201: ref(PortalTicket) } } },
    async (req, reply) =>
      idempotent(app, req, reply, async (d) => {
        const actor = contactOf(req);
        await replyToTicket(d, { actor, ticketId: req.params.id, body: { text: req.body.body }, channel: req.authVia === 'token' ? 'api' : 'portal' });
        return { status: 201, body: await getTicket(d, { actor, id: req.params.id }) };
      }),
  );
  app.post('/api/v1/portal/tickets/:id/attachments', { config: access, schema: { tags, summary: 'Attach a file (multipart "file")', params: TicketParams, response: { 201: ref(Attachment) } } }, async (req, reply) => {
    const up = await readUpload(req, deps.config.attachmentMaxBytes);
    const a = await addAttachment({ ...deps, maxBytes: deps.config.attachmentMaxBytes, uploadBudget: deps.config.uploadBudget }, { actor: contactOf(req), ticketId: req.params.id, filename: up.filename, bytes: up.bytes });
    return reply.status(201).send(a);
  });
  app.get('/api/v1/portal/tickets/:id/attachments/:attachmentId', { config: access, schema: { tags, summary: 'Download an attachment', params: AttachmentParams, response: { 200: Download('The file, as a download', 'application/octet-stream') } } }, async (req, reply) =>
    sendDownload(reply, await readAttachment(deps, { actor: contactOf(req), ticketId: req.params.id, id: req.params.attachmentId })),
  );
  app.get('/api/v1/portal/allowance', { config: access, schema: { tags, summary: 'Tickets included, used, excluded, from bundles and left (R-P5)', response: { 200: PortalAllowanceGet } } }, async (req) => {
    const actor = contactOf(req);
    if (!actor.customerId) throw new DomainError('NOT_FOUND', 'No customer.');
    return getAllowance(deps, { actor, customerId: actor.customerId });
  });
}
