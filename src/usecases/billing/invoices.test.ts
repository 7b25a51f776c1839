import { eq, sql } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { customers } from '../../storage/schema/index.js';
import { contactActor, createBillingWorld, staffActor, type BillingWorld } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { updateContract } from '../contracts/update-contract.js';
import { createTicketBundle } from '../tickets/create-ticket-bundle.js';
import { createCreditNote } from './create-credit-note.js';
import { createInvoiceDraft } from './create-invoice-draft.js';
import { deleteInvoiceDraft } from './delete-invoice-draft.js';
import { deleteTimeEntry } from './delete-time-entry.js';
import { exportInvoiceCsv } from './export-invoice-csv.js';
import { getInvoice, listInvoices } from './get-invoice.js';
import { issueInvoice } from './issue-invoice.js';
import { logTime } from './log-time.js';
import { recordRetroactiveActivation } from './record-activation.js';
import { renderInvoicePdf } from './render-invoice-pdf.js';
import { setContractTerms } from './set-contract-terms.js';
import { createTariff } from './tariffs.js';

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));
const pdfText = async (pdf: Buffer) => (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\u00a0|\u202f/g, ' ');

describe.each(ENGINES)('invoices on %s (R-B8)', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-04-01T08:00:00Z');
  let deps: { db: TestStorage['storage']['db']; clock: typeof clock; config: { publicUrl: string } };
  let w: BillingWorld;
  let manager: Actor;
  let agent: Actor;
  let invoiceId: string;
  let adviceId: string;
  let entryId: string;
  const period = { periodStart: '2026-01-01', periodEnd: '2026-04-30' };
  beforeAll(async () => {
    s = await createTestStorage(engine);
    deps = { db: s.storage.db, clock, config: { publicUrl: 'https://desk.test' } };
    w = await createBillingWorld(deps, { terms: { ticketsPerYear: 1, overageRule: 'bill' } });
    manager = await staffActor(deps, 'manager');
    agent = await staffActor(deps, 'agent');
    await updateContract(deps, { actor: manager, id: w.contractId, yearlyPriceCents: 123_456 });
    await recordRetroactiveActivation(deps, { actor: manager, contractId: w.contractId, year: 2026 });
    await createTariff(deps, { actor: manager, activity: null, currency: 'EUR', ratePerHourCents: 8_000, effectiveFrom: '2026-01-01' });
    await createTariff(deps, { actor: manager, activity: 'configuration', currency: 'EUR', ratePerHourCents: 9_000, effectiveFrom: '2026-01-01' });
    await createTariff(deps, { actor: manager, activity: 'configuration', currency: 'EUR', ratePerHourCents: 9_500, effectiveFrom: '2026-04-02' });
    const advice = await w.file('advice', 'How do I "export", =quickly?'); // within the allowance
    await w.file('bug', 'Overage bug'); // beyond the allowance of 1, billed as overage (R-P5)
    await createTicketBundle(deps, { actor: manager, contractId: w.contractId, tickets: 10, priceCents: 50_000 });
    adviceId = advice;
    entryId = (await logTime(deps, { actor: agent, ticketId: advice, workDate: '2026-04-01', activity: 'communication', minutes: 7 })).id;
    await logTime(deps, { actor: agent, ticketId: advice, workDate: '2026-04-01', activity: 'configuration', minutes: 20, billable: true });
    clock.set('2026-04-02T08:00:00Z');
    await logTime(deps, { actor: agent, ticketId: advice, workDate: '2026-04-02', activity: 'configuration', minutes: 60 });
  });
  afterAll(() => s.dispose());

  it('refuses to draft while an overage ticket has no price (PRICE_MISSING), then drafts every kind of line with its source', async () => {
    expect(await code(createInvoiceDraft(deps, { actor: manager, customerId: w.customerId, ...period }))).toBe('PRICE_MISSING');
    await setContractTerms(deps, { actor: manager, contractId: w.contractId, patch: { overageTicketPriceCents: 3_000 } });
    const inv = await createInvoiceDraft(deps, { actor: manager, customerId: w.customerId, ...period });
    invoiceId = inv.id;
    expect(inv).toMatchObject({ status: 'draft', kind: 'invoice', number: null, currency: 'EUR', locale: 'es' });
    const lines = inv.lines.map((l) => [l.sourceType, l.quantity, l.unit, l.amountCents]);
    expect(lines).toEqual([
      ['contract_charge', 12, 'month', 123_456],
      ['ticket_bundle', 1, 'bundle', 50_000],
      ['overage_ticket', 1, 'ticket', 3_000],
      ['ticket_time', 15, 'minute', 2_000], // 7 minutes billed as 15 at €80/h (R-B3 advice without a service contract, R-B7)
      ['ticket_time', 30, 'minute', 4_500], // 20 → 30 minutes at the configuration tariff in force on 1 April (€90/h)
      ['ticket_time', 60, 'minute', 9_500], // 2 April: the new tariff (€95/h)
    ]);
    expect(inv.totalCents).toBe(inv.lines.reduce((n, l) => n + l.amountCents, 0));
    expect(inv.lines.every((l) => l.sourceId && l.sourceItems.length > 0)).toBe(true);
    expect(inv.lines[0]!.description).toBe('Activación retroactiva: 12/12 del precio anual, 1 ene 2026 – 31 dic 2026');
    expect(await code(createInvoiceDraft(deps, { actor: manager, customerId: w.customerId, ...period }))).toBe('NOTHING_TO_INVOICE');
  });

  it('keeps drafts from customers, issues with gap-free numbers, and then the database refuses any change', async () => {
    const admin = await contactActor(s.storage.db, w, 'admin');
    expect((await listInvoices(deps, { actor: admin })).items).toEqual([]);
    expect(await code(getInvoice(deps, { actor: admin, invoiceId }))).toBe('NOT_FOUND');
    const issued = await issueInvoice(deps, { actor: manager, invoiceId });
    expect(issued).toMatchObject({ status: 'issued', series: 'INV', number: 1, displayNumber: 'INV-000001', issueDate: '2026-04-02' });
    expect(await code(issueInvoice(deps, { actor: manager, invoiceId }))).toBe('INVOICE_NOT_DRAFT');
    expect(await code(deleteInvoiceDraft(deps, { actor: manager, invoiceId }))).toBe('INVOICE_NOT_DRAFT');
    expect(await code(deleteTimeEntry(deps, { actor: manager, ticketId: adviceId, entryId }))).toBe('ALREADY_INVOICED');
    await expect(s.storage.db.execute(sql`UPDATE invoices SET total_cents = 0 WHERE id = ${invoiceId}`)).rejects.toThrow();
    await expect(s.storage.db.execute(sql`UPDATE invoice_lines SET amount_cents = 0 WHERE invoice_id = ${invoiceId}`)).rejects.toThrow();
    await expect(s.storage.db.execute(sql`DELETE FROM invoice_lines WHERE invoice_id = ${invoiceId}`)).rejects.toThrow();
    await expect(s.storage.db.execute(sql`DELETE FROM invoices WHERE id = ${invoiceId}`)).rejects.toThrow();
    expect((await getInvoice(deps, { actor: manager, invoiceId })).totalCents).toBe(issued.totalCents);
  });

  it('shows the administrator its issued invoices; other contacts and other customers see nothing', async () => {
    const admin = await contactActor(s.storage.db, w, 'admin');
    const plain = await contactActor(s.storage.db, w, 'authorized');
    expect((await listInvoices(deps, { actor: admin })).items.map((i) => i.id)).toEqual([invoiceId]);
    expect((await getInvoice(deps, { actor: admin, invoiceId })).lines).toHaveLength(6);
    expect(await listInvoices(deps, { actor: plain })).toMatchObject({ items: [], total: 0 });
    expect(await code(getInvoice(deps, { actor: plain, invoiceId }))).toBe('NOT_FOUND');
    const other = await createBillingWorld(deps, { withSeverities: false });
    const otherAdmin = await contactActor(s.storage.db, other, 'admin');
    expect(await code(getInvoice(deps, { actor: otherAdmin, invoiceId }))).toBe('NOT_FOUND');
    expect(await code(renderInvoicePdf(deps, { actor: otherAdmin, invoiceId }))).toBe('NOT_FOUND');
    expect(await code(exportInvoiceCsv(deps, { actor: otherAdmin, invoiceId }))).toBe('NOT_FOUND');
    expect((await listInvoices(deps, { actor: otherAdmin })).items).toEqual([]);
  });

  it('exports CSV with the sources, decimal amounts and quoted text', async () => {
    const { filename, csv } = await exportInvoiceCsv(deps, { actor: manager, invoiceId });
    expect(filename).toBe('INV-000001.csv');
    const records = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(records[0]).toBe('invoice,kind,issue_date,currency,line,source_type,source_id,ticket_id,activity,description,quantity,unit,unit_price,amount');
    expect(records).toHaveLength(8);
    expect(records[1]).toMatch(/^INV-000001,invoice,2026-04-02,EUR,1,contract_charge,[0-9a-f-]{36},,,.*,12,month,1234.56,1234.56$/);
    expect(csv).toContain('"#1000 How do I ""export"", =quickly? — Comunicación"');
    expect(records.at(-1)).toMatch(/,total,.*,1924.56$/);
  });

  it('renders a PDF whose text holds the number and the amounts in Spanish', async () => {
    const { pdf, filename } = await renderInvoicePdf(deps, { actor: manager, invoiceId });
    expect(filename).toBe('INV-000001.pdf');
    const text = await pdfText(pdf);
    expect(text).toContain('Factura INV-000001');
    expect(text).toContain('1.234,56 €');
    expect(text).toContain('Total: 1.924,56 €');
  });

  it('corrects an issued invoice with a credit note that frees its sources; a line is credited once', async () => {
    const cn = await createCreditNote(deps, { actor: manager, invoiceId, reason: 'Wrong tariff' });
    expect(cn).toMatchObject({ kind: 'credit_note', status: 'issued', displayNumber: 'CN-000001', creditedInvoiceId: invoiceId, totalCents: -192_456 });
    expect(cn.lines.every((l, i) => l.amountCents < 0 && l.creditedLineId !== null && i + 1 === l.position)).toBe(true);
    expect(await code(createCreditNote(deps, { actor: manager, invoiceId, reason: 'Again' }))).toBe('INVOICE_ALREADY_CREDITED');
    const text = await pdfText((await renderInvoicePdf(deps, { actor: manager, invoiceId: cn.id })).pdf);
    expect(text).toContain('Factura rectificativa CN-000001');
    expect(text).toContain('-1.924,56 €');
    const again = await createInvoiceDraft(deps, { actor: manager, customerId: w.customerId, ...period });
    expect(again.totalCents).toBe(192_456);
    await deleteInvoiceDraft(deps, { actor: manager, invoiceId: again.id });
    const third = await createInvoiceDraft(deps, { actor: manager, customerId: w.customerId, ...period });
    expect((await issueInvoice(deps, { actor: manager, invoiceId: third.id })).displayNumber).toBe('INV-000002');
  });

  it.each([
    ['el', 'Τιμολόγιο', '1.234,56 €'],
    ['en', 'Invoice', '€1,234.56'],
  ] as const)('renders the PDF in %s with amounts in that locale', async (locale, title, amount) => {
    const other = await createBillingWorld(deps, { withSeverities: false });
    await s.storage.db.update(customers).set({ locale }).where(eq(customers.id, other.customerId));
    await updateContract(deps, { actor: manager, id: other.contractId, yearlyPriceCents: 123_456 });
    await recordRetroactiveActivation(deps, { actor: manager, contractId: other.contractId, year: 2026 });
    const draft = await createInvoiceDraft(deps, { actor: manager, customerId: other.customerId, ...period });
    const inv = await issueInvoice(deps, { actor: manager, invoiceId: draft.id });
    const text = await pdfText((await renderInvoicePdf(deps, { actor: await contactActor(s.storage.db, other, 'admin'), invoiceId: inv.id })).pdf);
    expect(text).toContain(`${title} ${inv.displayNumber}`);
    expect(text).toContain(amount);
  });
});
