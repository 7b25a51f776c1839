import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { confirmContactAddress, findOpenConfirmation, markConfirmationUsed } from '../../storage/contact-confirmations.queries.js';
import type { Db } from '../../storage/db.js';
import { uniqueViolation } from '../../storage/sql-helpers.js';
import { withTx } from '../../storage/with-tx.js';
import { confirmationTokenHash } from './request-email-confirmation.js';

/**
 * Issue 13 item 6: the owner of an address opens the link mailed to it; from
 * now on the contact may sign in and write to support with it. The link works
 * once, before it expires, and only while the contact still has that address.
 * Public (the token is the proof). Throws CONFIRMATION_INVALID (unknown, used,
 * expired or stale link) and CONFLICT (the address was meanwhile confirmed for
 * another contact: told only to whoever holds the mailbox).
 */
export async function confirmContactEmail(deps: { db: Db; clock: Clock }, input: { token: string }): Promise<{ confirmed: true }> {
  const now = deps.clock.now();
  const invalid = () => new DomainError('CONFIRMATION_INVALID', 'This confirmation link is not valid any more. Ask your administrator to send a new one.');
  try {
    return await withTx(deps.db, async (tx) => {
      const link = await findOpenConfirmation(tx, confirmationTokenHash(input.token));
      if (!link || link.expiresAt.getTime() <= now.getTime()) throw invalid();
      await markConfirmationUsed(tx, link.id, now);
      if (!(await confirmContactAddress(tx, link.contactId, link.email, now))) throw invalid();
      return { confirmed: true as const };
    });
  } catch (e) {
    if (uniqueViolation(e) === 'contacts_email_key') throw new DomainError('CONFLICT', 'This address is already confirmed for another support contact.', [{ path: 'token', problem: 'address in use' }]);
    throw e;
  }
}
