import { Type } from '@sinclair/typebox';
import { createCreditNote } from '../../../usecases/billing/create-credit-note.js';
import { createInvoiceDraft } from '../../../usecases/billing/create-invoice-draft.js';
import { deleteInvoiceDraft } from '../../../usecases/billing/delete-invoice-draft.js';
import { exportInvoiceCsv } from '../../../usecases/billing/export-invoice-csv.js';
import { getInvoice, listInvoices } from '../../../usecases/billing/get-invoice.js';
import { issueInvoice } from '../../../usecases/billing/issue-invoice.js';
import { renderInvoicePdf } from '../../../usecases/billing/render-invoice-pdf.js';
import { staffOf } from '../../plugins/actor.js';
import { IdParams, IsoDate, Obj, Offset, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { sendDownload } from '../attachment-io.js';
import { Series } from '../billing-schemas.js';
import { INVOICE_STATUSES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';
import { AdminInvoicesGet, AdminInvoicesIdCreditNotePost, AdminInvoicesIdGet, AdminInvoicesIdIssuePost, AdminInvoicesPost } from '../../contract/admin.js';
import { Download, NoContent } from '../../contract/helpers.js';

const tags = ['admin: invoices'];
const config = { access: ['admin', 'manager'] as const };

/** R-B8 invoices: draft per customer and period, issue with gap-free numbers, credit notes, PDF and CSV. */
export async function adminInvoiceRoutes(app: App): Promise<void> {
  const deps = app.deps;
  app.get('/api/v1/admin/invoices', {
    config,
    schema: {
      tags, summary: 'Invoices and credit notes, newest first',
      querystring: Obj({
        customerId: Type.Optional(Uuid), status: Type.Optional(literalUnion(INVOICE_STATUSES)),
        kind: Type.Optional(Type.Union([Type.Literal('invoice'), Type.Literal('credit_note')])), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Offset),
      }), response: { 200: AdminInvoicesGet },
    },
  }, async (req) => listInvoices(deps, { actor: staffOf(req), ...req.query }));
  app.post('/api/v1/admin/invoices', {
    config, schema: { tags, summary: 'Draft the customer\'s invoice for a period (contract fees, bundles, overage, billable time)', body: Obj({ customerId: Uuid, periodStart: IsoDate, periodEnd: IsoDate }), response: { 201: AdminInvoicesPost } },
  }, async (req, reply) => reply.status(201).send(await createInvoiceDraft(deps, { actor: staffOf(req), ...req.body })));
  app.get('/api/v1/admin/invoices/:id', { config, schema: { tags, params: IdParams, summary: 'One invoice with lines and their sources', response: { 200: AdminInvoicesIdGet } } }, async (req) => getInvoice(deps, { actor: staffOf(req), invoiceId: req.params.id }));
  app.delete('/api/v1/admin/invoices/:id', { config, schema: { tags, params: IdParams, summary: 'Delete a draft (its sources become invoiceable again)', response: { 204: NoContent } } }, async (req, reply) => {
    await deleteInvoiceDraft(deps, { actor: staffOf(req), invoiceId: req.params.id });
    return reply.status(204).send();
  });
  app.post('/api/v1/admin/invoices/:id/issue', { config, schema: { tags, params: IdParams, body: Obj({ series: Type.Optional(Series) }), summary: 'Issue a draft: next number of the series; immutable from then on', response: { 200: AdminInvoicesIdIssuePost } } }, async (req) =>
    issueInvoice(deps, { actor: staffOf(req), invoiceId: req.params.id, series: req.body.series }),
  );
  app.post('/api/v1/admin/invoices/:id/credit-note', {
    config,
    schema: { tags, params: IdParams, summary: 'Credit an issued invoice (all lines, or some) with an issued credit note', body: Obj({ reason: Type.String({ minLength: 1, maxLength: 2000 }), lineIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 500 })), series: Type.Optional(Series) }), response: { 201: AdminInvoicesIdCreditNotePost } },
  }, async (req, reply) => reply.status(201).send(await createCreditNote(deps, { actor: staffOf(req), invoiceId: req.params.id, ...req.body })));
  app.get('/api/v1/admin/invoices/:id/pdf', { config, schema: { tags, params: IdParams, summary: 'The invoice PDF (drafts are marked)', response: { 200: Download('The invoice', 'application/pdf') } } }, async (req, reply) => {
    const f = await renderInvoicePdf(deps, { actor: staffOf(req), invoiceId: req.params.id });
    return sendDownload(reply, { filename: f.filename, contentType: 'application/pdf', bytes: f.pdf });
  });
  app.get('/api/v1/admin/invoices/:id/csv', { config, schema: { tags, params: IdParams, summary: 'The invoice as CSV (formula-safe)', response: { 200: Download('The invoice lines', 'text/csv') } } }, async (req, reply) => {
    const f = await exportInvoiceCsv(deps, { actor: staffOf(req), invoiceId: req.params.id });
    return sendDownload(reply, { filename: f.filename, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(f.csv, 'utf8') });
  });
}
