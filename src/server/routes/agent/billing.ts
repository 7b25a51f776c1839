import { Type } from '@sinclair/typebox';
import { createEstimate } from '../../../usecases/billing/create-estimate.js';
import { deleteTimeEntry } from '../../../usecases/billing/delete-time-entry.js';
import { getTicketChargeability } from '../../../usecases/billing/get-ticket-chargeability.js';
import { listTicketEstimates } from '../../../usecases/billing/list-ticket-estimates.js';
import { listTicketTime, listUserTime } from '../../../usecases/billing/list-time-entries.js';
import { logTime } from '../../../usecases/billing/log-time.js';
import { sendEstimate } from '../../../usecases/billing/send-estimate.js';
import { stepEstimatePhase } from '../../../usecases/billing/step-estimate-phase.js';
import { updateEstimate } from '../../../usecases/billing/update-estimate.js';
import { staffOf } from '../../plugins/actor.js';
import { IsoDate, Obj, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { Activity, EntryParams, EstimateBody, EstimateParams, Note, PhaseParams } from '../billing-schemas.js';
import { TicketParams } from '../ticket-schemas.js';
import { NoContent } from '../../contract/helpers.js';
import { AgentTicketsIdChargeabilityGet, AgentTicketsIdEstimatesEstimateIdPhasesPhaseIdHandOverPost, AgentTicketsIdEstimatesEstimateIdPut, AgentTicketsIdEstimatesEstimateIdSendPost, AgentTicketsIdEstimatesGet, AgentTicketsIdEstimatesPost, AgentTicketsIdTimeEntriesGet, AgentTicketsIdTimeEntriesPost, AgentTimeEntriesGet } from '../../contract/agent.js';

const tags = ['agent: billing'];
const config = { access: ['admin', 'manager', 'agent'] as const };

/**
 * The agent console's billing side of a ticket (issue 7): chargeability
 * (R-B1..R-B6), estimates and phases (R-B4, R-B6), and timesheets (R-B7).
 */
export async function agentBillingRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/agent/tickets/:id';
  app.get(`${base}/chargeability`, { config, schema: { tags, params: TicketParams, summary: 'Billable or free, why (rule id R-B1..R-B6 and a sentence), estimate state, contract terms and time logged', response: { 200: AgentTicketsIdChargeabilityGet } } }, async (req) =>
    getTicketChargeability(deps, { actor: staffOf(req), ticketId: req.params.id }),
  );
  app.get(`${base}/estimates`, { config, schema: { tags, params: TicketParams, summary: 'The ticket\'s estimates, newest version first, with phases', response: { 200: AgentTicketsIdEstimatesGet } } }, async (req) =>
    listTicketEstimates(deps, { actor: staffOf(req), ticketId: req.params.id }),
  );
  app.post(`${base}/estimates`, { config, schema: { tags, params: TicketParams, body: EstimateBody, summary: 'Draft an estimate on a configuration or change request (hours + price, or phases)', response: { 201: AgentTicketsIdEstimatesPost } } }, async (req, reply) =>
    reply.status(201).send(await createEstimate(deps, { actor: staffOf(req), ticketId: req.params.id, ...req.body })),
  );
  app.put(`${base}/estimates/:estimateId`, { config, schema: { tags, params: EstimateParams, body: EstimateBody, summary: 'Replace a draft estimate', response: { 200: AgentTicketsIdEstimatesEstimateIdPut } } }, async (req) =>
    updateEstimate(deps, { actor: staffOf(req), ticketId: req.params.id, estimateId: req.params.estimateId, ...req.body }),
  );
  app.post(`${base}/estimates/:estimateId/send`, { config, schema: { tags, params: EstimateParams, summary: 'Send the draft to the customer\'s administrator (email queued; approve in the portal or by reply)', response: { 200: AgentTicketsIdEstimatesEstimateIdSendPost } } }, async (req) =>
    sendEstimate(deps, { actor: staffOf(req), ticketId: req.params.id, estimateId: req.params.estimateId }),
  );
  app.post(`${base}/estimates/:estimateId/phases/:phaseId/hand-over`, {
    config, schema: { tags, params: PhaseParams, body: Obj({ note: Type.Optional(Note) }), summary: 'Hand the current phase over for the administrator\'s acceptance (email queued)', response: { 200: AgentTicketsIdEstimatesEstimateIdPhasesPhaseIdHandOverPost } },
  }, async (req) =>
    stepEstimatePhase(deps, { actor: staffOf(req), ticketId: req.params.id, estimateId: req.params.estimateId, phaseId: req.params.phaseId, step: 'hand_over', note: req.body.note }),
  );
  app.get(`${base}/time-entries`, { config, schema: { tags, params: TicketParams, summary: 'The ticket\'s timesheet with totals (minutes)', response: { 200: AgentTicketsIdTimeEntriesGet } } }, async (req) =>
    listTicketTime(deps, { actor: staffOf(req), ticketId: req.params.id }),
  );
  app.post(`${base}/time-entries`, {
    config,
    schema: {
      tags, params: TicketParams, summary: 'Log time (billable by chargeability; override with a reason). 409 ESTIMATE_NOT_APPROVED before approval on configuration/change requests',
      body: Obj({
        workDate: IsoDate, activity: Activity, minutes: Type.Integer({ minimum: 1, maximum: 1440 }), note: Type.Optional(Note),
        billable: Type.Optional(Type.Boolean()), overrideReason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
      }), response: { 201: AgentTicketsIdTimeEntriesPost },
    },
  }, async (req, reply) => reply.status(201).send(await logTime(deps, { actor: staffOf(req), ticketId: req.params.id, ...req.body })));
  app.delete(`${base}/time-entries/:entryId`, { config, schema: { tags, params: EntryParams, summary: 'Remove a time entry not yet invoiced (author, manager or admin)', response: { 204: NoContent } } }, async (req, reply) => {
    await deleteTimeEntry(deps, { actor: staffOf(req), ticketId: req.params.id, entryId: req.params.entryId });
    return reply.status(204).send();
  });
  app.get('/api/v1/agent/time-entries', {
    config,
    schema: { tags, summary: 'A timesheet between two dates (default: own, last 7 days); managers may pass userId', querystring: Obj({ userId: Type.Optional(Uuid), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }), response: { 200: AgentTimeEntriesGet } },
  }, async (req) => listUserTime(deps, { actor: staffOf(req), ...req.query }));
}
