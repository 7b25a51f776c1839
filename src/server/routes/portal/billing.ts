import { Type } from '@sinclair/typebox';
import { decideEstimate } from '../../../usecases/billing/decide-estimate.js';
import { exportInvoiceCsv } from '../../../usecases/billing/export-invoice-csv.js';
import { getInvoice, listInvoices } from '../../../usecases/billing/get-invoice.js';
import { getTicketChargeability } from '../../../usecases/billing/get-ticket-chargeability.js';
import { listTicketEstimates } from '../../../usecases/billing/list-ticket-estimates.js';
import { renderInvoicePdf } from '../../../usecases/billing/render-invoice-pdf.js';
import { stepEstimatePhase } from '../../../usecases/billing/step-estimate-phase.js';
import { contactOf } from '../../plugins/actor.js';
import { IdParams, Obj, Offset } from '../../schemas.js';
import type { App } from '../../types.js';
import { Download } from '../../contract/helpers.js';
import { sendDownload } from '../attachment-io.js';
import { DecisionBody, EstimateParams, PhaseParams } from '../billing-schemas.js';
import { TicketParams } from '../ticket-schemas.js';
import { PortalInvoicesGet, PortalInvoicesIdGet, PortalTicketsIdChargeabilityGet, PortalTicketsIdEstimatesEstimateIdDecisionPost, PortalTicketsIdEstimatesEstimateIdPhasesPhaseIdStepPost, PortalTicketsIdEstimatesGet } from '../../contract/portal.js';

const tags = ['portal: billing'];
const config = { access: ['contact'] as const };

/**
 * The customer's side of billing (issue 7): whether work is billable before
 * it starts (R-B1..R-B6), estimates and phases the administrator decides
 * (R-B4, R-B6; other contacts read them), and invoices (R-B8: administrator
 * only; other contacts get an empty list and 404). Another customer's
 * objects are 404, as missing ones.
 */
export async function portalBillingRoutes(app: App): Promise<void> {
  const deps = app.deps;
  const base = '/api/v1/portal/tickets/:id';
  app.get(`${base}/chargeability`, { config, schema: { tags, params: TicketParams, summary: 'Billable or free, why (in plain words; ruleId is always null here), and whether an approved estimate is needed', response: { 200: PortalTicketsIdChargeabilityGet } } }, async (req) =>
    getTicketChargeability(deps, { actor: contactOf(req), ticketId: req.params.id }),
  );
  app.get(`${base}/estimates`, { config, schema: { tags, params: TicketParams, summary: 'Estimates sent for the ticket, newest first, with phases', response: { 200: PortalTicketsIdEstimatesGet } } }, async (req) =>
    listTicketEstimates(deps, { actor: contactOf(req), ticketId: req.params.id }),
  );
  for (const decision of ['approve', 'decline'] as const) {
    app.post(`${base}/estimates/:estimateId/${decision}`, { config, schema: { tags, params: EstimateParams, body: DecisionBody, summary: `${decision === 'approve' ? 'Approve' : 'Decline'} a sent estimate (administrator)`, response: { 200: PortalTicketsIdEstimatesEstimateIdDecisionPost } } }, async (req) =>
      decideEstimate(deps, { actor: contactOf(req), ticketId: req.params.id, estimateId: req.params.estimateId, decision, note: req.body.note }),
    );
  }
  for (const step of ['accept', 'reject'] as const) {
    app.post(`${base}/estimates/:estimateId/phases/:phaseId/${step}`, {
      config, schema: { tags, params: PhaseParams, body: DecisionBody, summary: `${step === 'accept' ? 'Accept a handed-over phase (the next one starts)' : 'Send a handed-over phase back'} (administrator)`, response: { 200: PortalTicketsIdEstimatesEstimateIdPhasesPhaseIdStepPost } },
    }, async (req) => stepEstimatePhase(deps, { actor: contactOf(req), ticketId: req.params.id, estimateId: req.params.estimateId, phaseId: req.params.phaseId, step, note: req.body.note }));
  }
  app.get('/api/v1/portal/invoices', {
    config,
    schema: { tags, summary: 'Issued invoices and credit notes (administrator; others get an empty list)', querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Offset) }), response: { 200: PortalInvoicesGet } },
  }, async (req) => listInvoices(deps, { actor: contactOf(req), ...req.query }));
  app.get('/api/v1/portal/invoices/:id', { config, schema: { tags, params: IdParams, summary: 'One issued invoice with lines and formatted amounts (administrator)', response: { 200: PortalInvoicesIdGet } } }, async (req) =>
    getInvoice(deps, { actor: contactOf(req), invoiceId: req.params.id }),
  );
  app.get('/api/v1/portal/invoices/:id/pdf', { config, schema: { tags, params: IdParams, summary: 'Download the invoice PDF (administrator)', response: { 200: Download('The invoice', 'application/pdf') } } }, async (req, reply) => {
    const f = await renderInvoicePdf(deps, { actor: contactOf(req), invoiceId: req.params.id });
    return sendDownload(reply, { filename: f.filename, contentType: 'application/pdf', bytes: f.pdf });
  });
  app.get('/api/v1/portal/invoices/:id/csv', { config, schema: { tags, params: IdParams, summary: 'Download the invoice as CSV (administrator)', response: { 200: Download('The invoice lines', 'text/csv') } } }, async (req, reply) => {
    const f = await exportInvoiceCsv(deps, { actor: contactOf(req), invoiceId: req.params.id });
    return sendDownload(reply, { filename: f.filename, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(f.csv, 'utf8') });
  });
}
