import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { addAttachment } from '../../../usecases/tickets/add-attachment.js';
import { addTicketNote } from '../../../usecases/tickets/add-ticket-note.js';
import { assignTicket } from '../../../usecases/tickets/assign-ticket.js';
import { changeTicketCategory } from '../../../usecases/tickets/change-ticket-category.js';
import { changeTicketSeverity } from '../../../usecases/tickets/change-ticket-severity.js';
import { changeTicketStatus } from '../../../usecases/tickets/change-ticket-status.js';
import { getTicket } from '../../../usecases/tickets/get-ticket.js';
import { readAttachment } from '../../../usecases/tickets/read-attachment.js';
import { replyToTicket } from '../../../usecases/tickets/reply-to-ticket.js';
import { setResolutionCommitment } from '../../../usecases/tickets/set-resolution-commitment.js';
import { setTicketEstimate } from '../../../usecases/tickets/set-ticket-estimate.js';
import { setTicketOutcome } from '../../../usecases/tickets/set-ticket-outcome.js';
import { staffOf } from '../../plugins/actor.js';
import { idempotent } from '../../plugins/idempotency.js';
import { IsoDate, IsoInstant, Obj, Uuid } from '../../schemas.js';
import type { App, AppDeps } from '../../types.js';
import { Download } from '../../contract/helpers.js';
import { ref } from '../../contract/ref.js';
import { StaffTicket } from '../../contract/tickets.js';
import { readUpload, sendDownload } from '../attachment-io.js';
import { AttachmentParams, BodyText, Category, SeverityCode, Status, TicketParams } from '../ticket-schemas.js';
import { AgentTicketsIdAttachmentsPost } from '../../contract/agent.js';

const tags = ['agent: tickets'];
const config = { access: ['admin', 'manager', 'agent'] as const };
const Reason = Type.String({ minLength: 1, maxLength: 2000 });
const Note = Type.String({ maxLength: 2000 });
// Every change answers the ticket as staff see it after the change.
const schema = <B extends Parameters<typeof Obj>[0]>(summary: string, body: B) => ({ tags, summary, params: TicketParams, body: Obj(body), response: { 200: ref(StaffTicket) } });

/** The agent console's ticket operations: every change is recorded (R-K10) and re-times the SLA (R-S*). */
export async function agentTicketRoutes(app: App): Promise<void> {
  const deps = app.deps;
  // A staff actor always gets the staff view (getTicket answers by the actor's kind).
  const view = async (d: Pick<AppDeps, 'db' | 'clock'>, req: FastifyRequest, id: string) => (await getTicket(d, { actor: staffOf(req), id })) as Static<typeof StaffTicket>;
  const base = '/api/v1/agent/tickets/:id';
  app.get(base, { config, schema: { tags, summary: 'A ticket with conversation, notes, history and SLA explanations', params: TicketParams, response: { 200: ref(StaffTicket) } } }, async (req) =>
    view(deps, req, req.params.id),
  );
  app.post(`${base}/replies`, { config, schema: { ...schema('Public reply (the first is the first response, R-K4)', { body: BodyText, status: Type.Optional(Status) }), response: { 201: ref(StaffTicket) } } }, async (req, reply) =>
    idempotent(app, req, reply, async (d) => {
      await replyToTicket(d, { actor: staffOf(req), ticketId: req.params.id, body: { text: req.body.body }, status: req.body.status });
      return { status: 201, body: await view(d, req, req.params.id) };
    }),
  );
  app.post(`${base}/notes`, { config, schema: schema('Internal note (never shown to contacts)', { body: BodyText }) }, async (req) => {
    await addTicketNote(deps, { actor: staffOf(req), ticketId: req.params.id, body: { text: req.body.body } });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/status`, { config, schema: schema('Change status (R-K3)', { status: Status, reason: Type.Optional(Reason) }) }, async (req) => {
    await changeTicketStatus(deps, { actor: staffOf(req), ticketId: req.params.id, status: req.body.status, reason: req.body.reason });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/severity`, { config, schema: schema('Set severity with a reason (R-K2, R-S3)', { severity: SeverityCode, reason: Reason }) }, async (req) => {
    await changeTicketSeverity(deps, { actor: staffOf(req), ticketId: req.params.id, severity: req.body.severity, reason: req.body.reason });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/category`, { config, schema: schema('Classify the request (R-B1..R-B6, R-K8)', { category: Category, reason: Type.Optional(Reason) }) }, async (req) => {
    await changeTicketCategory(deps, { actor: staffOf(req), ticketId: req.params.id, category: req.body.category, reason: req.body.reason });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/assignee`, { config, schema: schema('Assign or unassign', { assigneeId: Type.Union([Uuid, Type.Null()]) }) }, async (req) => {
    await assignTicket(deps, { actor: staffOf(req), ticketId: req.params.id, assigneeId: req.body.assigneeId });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/development-task`, {
    config,
    schema: schema('Turn into a development task and close (R-K6)', {
      taskCode: Type.String({ minLength: 1, maxLength: 100 }), approxStart: Type.Optional(Type.Union([IsoDate, Type.Null()])),
      approxEnd: Type.Optional(Type.Union([IsoDate, Type.Null()])), note: Type.Optional(Note),
    }),
  }, async (req) => {
    await setTicketOutcome(deps, { actor: staffOf(req), ticketId: req.params.id, outcome: 'development_task', ...req.body });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/vendor-control`, {
    config,
    schema: schema('Outside or back in the vendor\'s control (R-K6, pauses resolution R-S2)', { outside: Type.Boolean(), note: Note }),
  }, async (req) => {
    const outcome = req.body.outside ? 'outside_vendor_control' : 'back_in_vendor_control';
    await setTicketOutcome(deps, { actor: staffOf(req), ticketId: req.params.id, outcome, note: req.body.note });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/commitment`, { config, schema: schema('Whether the resolution commitment applies (R-K7)', { applies: Type.Boolean(), reason: Reason }) }, async (req) => {
    await setResolutionCommitment(deps, { actor: staffOf(req), ticketId: req.params.id, applies: req.body.applies, reason: req.body.reason });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/estimate`, { config, schema: schema('Estimated resolution date (R-T3 "after estimate"); earlier than the minimum resolution time it needs belowMinimumReason', {
    dueAt: IsoInstant, note: Type.Optional(Note), belowMinimumReason: Type.Optional(Reason),
  }) }, async (req) => {
    await setTicketEstimate(deps, { actor: staffOf(req), ticketId: req.params.id, dueAt: new Date(req.body.dueAt), note: req.body.note, belowMinimumReason: req.body.belowMinimumReason });
    return view(deps, req, req.params.id);
  });
  app.post(`${base}/attachments`, { config, schema: { tags, summary: 'Attach a file (multipart "file"; field internal=true hides it from contacts)', params: TicketParams, response: { 201: AgentTicketsIdAttachmentsPost } } }, async (req, reply) => {
    const up = await readUpload(req, deps.config.attachmentMaxBytes);
    const a = await addAttachment({ ...deps, maxBytes: deps.config.attachmentMaxBytes }, {
      actor: staffOf(req), ticketId: req.params.id, filename: up.filename, bytes: up.bytes, internal: up.fields.internal === 'true',
    });
    return reply.status(201).send(a);
  });
  app.get(`${base}/attachments/:attachmentId`, { config, schema: { tags, summary: 'Download an attachment', params: AttachmentParams, response: { 200: Download('The file, as a download', 'application/octet-stream') } } }, async (req, reply) =>
    sendDownload(reply, await readAttachment(deps, { actor: staffOf(req), ticketId: req.params.id, id: req.params.attachmentId })),
  );
}
