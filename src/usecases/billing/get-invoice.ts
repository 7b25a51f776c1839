import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { pageRequest } from '../../core/paging.js';
import { findInvoiceRow, listInvoiceRows, listLineRows, type InvoiceLineRow, type InvoiceRow } from '../../storage/billing-invoices.queries.js';
import type { Db } from '../../storage/db.js';
import { presentInvoice, presentInvoiceSummary, type InvoiceView } from '../../presenters/billing/present-invoice.js';
import { Scope } from '../../core/scope.js';
import { authorize, MANAGERS_OR_CUSTOMER } from '../../core/access.js';

/**
 * The invoice row and lines the actor may read: admins and managers any; the customer's
 * administrator its own customer's issued invoices and credit notes; anyone
 * else NOT_FOUND (other contacts, other customers, drafts); agents FORBIDDEN. Throws FORBIDDEN, NOT_FOUND.
 */
export async function loadReadableInvoice(db: Db, actor: Actor, id: string): Promise<{ inv: InvoiceRow; lines: InvoiceLineRow[] }> {
  authorize(actor, MANAGERS_OR_CUSTOMER);
  let inv: InvoiceRow | null = null;
  if (actor.kind !== 'contact') inv = await findInvoiceRow(db, Scope.of(actor), id);
  else if (actor.isAdministrator) inv = await findInvoiceRow(db, Scope.of(actor), id, { issuedOnly: true });
  if (!inv) throw new DomainError('NOT_FOUND', 'No such invoice.');
  return { inv, lines: await listLineRows(db, inv.id) };
}

/** R-B8: one invoice with its lines (see loadReadableInvoice for who sees what). Throws NOT_FOUND. */
export async function getInvoice(deps: { db: Db }, input: { actor: Actor; invoiceId: string }): Promise<InvoiceView> {
  const { inv, lines } = await loadReadableInvoice(deps.db, input.actor, input.invoiceId);
  return presentInvoice(inv, lines);
}

/**
 * R-B8 lists, newest first. Staff filter by customer, status and kind. The
 * customer's administrator sees its customer's issued invoices and credit
 * notes; other contacts get an empty list.
 */
export async function listInvoices(
  deps: { db: Db },
  input: { actor: Actor; customerId?: string; status?: 'draft' | 'issued'; kind?: 'invoice' | 'credit_note'; limit?: number; offset?: number },
) {
  const page = pageRequest(input.limit, input.offset);
  const a = input.actor;
  authorize(a, MANAGERS_OR_CUSTOMER);
  if (a.kind === 'contact' && !a.isAdministrator) return { items: [], total: 0, ...page };
  const f = a.kind === 'contact' ? { customerId: a.customerId, status: 'issued' as const, kind: input.kind } : { customerId: input.customerId, status: input.status, kind: input.kind };
  const { rows, total } = await listInvoiceRows(deps.db, f, page);
  return { items: rows.map(presentInvoiceSummary), total, ...page };
}
