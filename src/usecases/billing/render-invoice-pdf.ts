import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Actor } from '../../core/actor.js';
import { formatDate, formatMoney, type BillingLocale } from '../../core/billing/format-money.js';
import { formatQuantity, invoiceLabels, unitPriceSuffix } from '../../core/billing/invoice-text.js';
import type { Db } from '../../storage/db.js';
import type { InvoiceLineRow, InvoiceRow } from '../../storage/billing-invoices.queries.js';
import { findInvoiceRow } from '../../storage/billing-invoices.queries.js';
import { loadReadableInvoice } from './get-invoice.js';
import { Scope } from '../../core/scope.js';

// DejaVu Sans covers Latin, Greek and the euro sign; pdfkit's built-in Helvetica cannot print Greek.
const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const COLS = { desc: 50, qty: 330, unit: 390, amount: 470, right: 545 } as const;

/**
 * R-B8: an invoice or credit note as PDF (pdfkit, DejaVu Sans embedded),
 * every text in the customer's language and every amount in its currency
 * and locale (es "1.234,56 €", el "1.234,56 €", en "€1,234.56"). A draft
 * is marked as such. Rendered from the stored, immutable rows, with the
 * document date fixed to the issue instant. Same access as getInvoice.
 * Throws NOT_FOUND.
 */
export async function renderInvoicePdf(deps: { db: Db }, input: { actor: Actor; invoiceId: string }): Promise<{ filename: string; pdf: Buffer }> {
  const { inv, lines } = await loadReadableInvoice(deps.db, input.actor, input.invoiceId);
  const original = inv.creditedInvoiceId ? await findInvoiceRow(deps.db, Scope.customerOf(inv), inv.creditedInvoiceId) : null;
  const name = inv.displayNumber ?? `draft-${inv.id.slice(0, 8)}`;
  return { filename: `${name}.pdf`, pdf: await draw(inv, lines, original?.displayNumber ?? null) };
}

function draw(inv: InvoiceRow, lines: InvoiceLineRow[], creditsNumber: string | null): Promise<Buffer> {
  const locale = inv.locale as BillingLocale;
  const t = invoiceLabels(locale);
  const money = (c: number) => formatMoney(c, inv.currency, locale);
  const at = inv.issuedAt ?? inv.createdAt;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t[inv.kind]} ${inv.displayNumber ?? ''}`.trim(), CreationDate: at, ModDate: at, Producer: 'Coverdesk' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('bold').fontSize(20).text(`${t[inv.kind]} ${inv.displayNumber ?? ''}`.trim());
  if (inv.status === 'draft') doc.fontSize(11).fillColor('#b00020').text(t.draft).fillColor('black');
  doc.moveDown(0.5).font('body').fontSize(10);
  const meta: Array<[string, string]> = [
    [t.customer, `${inv.customerName} (${inv.customerCode})`],
    ...(inv.displayNumber ? [[t.number, inv.displayNumber] as [string, string]] : []),
    ...(inv.issueDate ? [[t.issueDate, formatDate(inv.issueDate, locale)] as [string, string]] : []),
    [t.period, `${formatDate(inv.periodStart, locale)} – ${formatDate(inv.periodEnd, locale)}`],
    ...(creditsNumber ? [[t.credits, creditsNumber] as [string, string]] : []),
    ...(inv.reason ? [[t.reason, inv.reason] as [string, string]] : []),
  ];
  for (const [k, v] of meta) doc.text(`${k}: ${v}`);
  doc.moveDown();
  row(doc, [t.description, t.quantity, t.unitPrice, t.amount], true);
  for (const l of lines) row(doc, [l.description, formatQuantity(l.quantity, l.unit, locale), `${money(l.unitPriceCents)}${unitPriceSuffix(l.unit, locale)}`, money(l.amountCents)], false);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(12).text(`${t.total}: ${money(inv.totalCents)}`, COLS.desc, doc.y, { width: COLS.right - COLS.desc, align: 'right' });
  doc.end();
  return done;
}

function row(doc: PDFKit.PDFDocument, cells: [string, string, string, string], header: boolean): void {
  doc.font(header ? 'bold' : 'body').fontSize(9);
  if (doc.y > 760) doc.addPage();
  const y = doc.y;
  doc.text(cells[0], COLS.desc, y, { width: COLS.qty - COLS.desc - 8 });
  const bottom = doc.y;
  doc.text(cells[1], COLS.qty, y, { width: COLS.unit - COLS.qty - 4, align: 'right' });
  doc.text(cells[2], COLS.unit, y, { width: COLS.amount - COLS.unit - 4, align: 'right' });
  doc.text(cells[3], COLS.amount, y, { width: COLS.right - COLS.amount, align: 'right' });
  doc.x = COLS.desc;
  doc.y = Math.max(bottom, doc.y) + 4;
}
