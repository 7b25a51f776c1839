import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { assertCanEditContacts } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { lastConfirmationAt } from '../../storage/contact-confirmations.queries.js';
import { findContactRow } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { withTx } from '../../storage/with-tx.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';
import { requestEmailConfirmation } from './request-email-confirmation.js';

/** At most one link per contact in this many minutes: nobody can make the desk mail an address over and over. */
export const RESEND_INTERVAL_MINUTES = 10;

/**
 * Mails a new confirmation link to a contact whose address is not confirmed
 * yet (issue 13 item 6), e.g. after the first one expired. Same callers as
 * updateContact. Throws NOT_FOUND (also another customer's contact), FORBIDDEN,
 * CONFLICT (archived, or already confirmed), RATE_LIMITED (a link was sent
 * less than RESEND_INTERVAL_MINUTES ago).
 */
export async function resendEmailConfirmation(
  deps: { db: Db; clock: Clock; config?: { publicUrl: string } },
  input: { actor: Actor; customerId: string; id: string },
): Promise<ContactView> {
  assertCanEditContacts(input.actor, input.customerId);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const customer = await findCustomerRow(tx, input.customerId, { lock: true });
    const c = customer ? await findContactRow(tx, customer.id, input.id) : null;
    if (!customer || !c) throw new DomainError('NOT_FOUND', 'No such contact.');
    if (c.archivedAt) throw new DomainError('CONFLICT', 'The contact is archived.', [{ path: 'id', problem: 'archived' }]);
    if (c.emailConfirmedAt) throw new DomainError('CONFLICT', 'The address is already confirmed.', [{ path: 'id', problem: 'already confirmed' }]);
    const last = await lastConfirmationAt(tx, c.id);
    const wait = last ? Math.ceil((last.getTime() + RESEND_INTERVAL_MINUTES * 60_000 - now.getTime()) / 1000) : 0;
    if (wait > 0) throw new DomainError('RATE_LIMITED', 'A confirmation link was sent a moment ago.', { retryAfterSeconds: wait });
    await requestEmailConfirmation(tx, now, { contact: c, customerName: customer.name, publicUrl: deps.config?.publicUrl ?? '' });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contact.confirmation_sent', objectType: 'contact', objectId: c.id, details: { customerId: customer.id } });
    return presentContact(c);
  });
}
