import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { deleteDraftInvoice, findInvoiceRow } from '../../storage/billing-invoices.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * Deletes a draft invoice and frees what it claimed (the next draft picks it
 * up again). An issued invoice is never deleted: credit it. Audited.
 * Throws FORBIDDEN, NOT_FOUND, INVOICE_NOT_DRAFT.
 */
export async function deleteInvoiceDraft(deps: { db: Db; clock: Clock }, input: { actor: Actor; invoiceId: string }): Promise<void> {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  await withTx(deps.db, async (tx) => {
    const inv = await findInvoiceRow(tx, Scope.of(input.actor), input.invoiceId, { lock: true });
    if (!inv) throw new DomainError('NOT_FOUND', 'No such invoice.');
    if (inv.status !== 'draft') throw new DomainError('INVOICE_NOT_DRAFT', 'An issued invoice is corrected with a credit note.', { invoiceId: inv.id });
    await deleteDraftInvoice(tx, inv.id);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'invoice.draft_deleted', objectType: 'invoice', objectId: inv.id, details: { totalCents: inv.totalCents } });
  });
}
