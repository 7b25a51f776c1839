import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { assertCanEditContacts } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findAdministratorRow, findContactRow, updateContactRow } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { isEmailTaken } from '../../storage/users.queries.js';
import { assertCapRoom } from './assert-cap-room.js';
import { prepareContactFields, type ContactFields } from './contact-fields.js';
import { mapContactConflict } from './map-contact-conflict.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';
import { requestEmailConfirmation } from './request-email-confirmation.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Changes a live contact, under the same rules as createContact: the customer
 * row is held FOR UPDATE; authorizing checks the cap (R-C2); making a contact
 * administrator demotes the previous one in the same transaction (002);
 * isAdministrator: false leaves the customer without one until another is named.
 * A new address typed by the customer's administrator must be confirmed by its
 * owner again (issue 13 item 6, as in createContact), with the same answer
 * whether it exists elsewhere or not.
 * Throws NOT_FOUND (also for another customer's contact), FORBIDDEN,
 * FIELD_NOT_ALLOWED, VALIDATION_FAILED, CONFLICT (email in use, archived),
 * CONTACT_CAP_REACHED, ADMINISTRATOR_EXISTS.
 */
export async function updateContact(
  deps: { db: Db; clock: Clock; config?: { publicUrl: string } },
  input: { actor: Actor; customerId: string; id: string } & ContactFields,
): Promise<ContactView> {
  assertCanEditContacts(input.actor, input.customerId);
  const passwordHash = await prepareContactFields(input.actor, input);
  const now = deps.clock.now();
  try {
    return await withTx(deps.db, async (tx) => {
      const customer = await findCustomerRow(tx, input.customerId, { lock: true });
      const cur = customer ? await findContactRow(tx, customer.id, input.id) : null;
      if (!customer || !cur) throw new DomainError('NOT_FOUND', 'No such contact.');
      if (cur.archivedAt) throw new DomainError('CONFLICT', 'The contact is archived.', [{ path: 'id', problem: 'archived' }]);
      const newEmail = input.email !== undefined && input.email.trim().toLowerCase() !== cur.email.toLowerCase();
      const unproven = newEmail && input.actor.kind === 'contact';
      if (newEmail && !unproven && (await isEmailTaken(tx, input.email!, cur.id))) {
        throw new DomainError('CONFLICT', 'That email is already in use.', [{ path: 'email', problem: 'already in use' }]);
      }
      if (input.isAuthorized && !cur.isAuthorized) await assertCapRoom(tx, customer.id, now, cur.id);
      let replaced: string | null = null;
      if (input.isAdministrator && !cur.isAdministrator) {
        const previous = await findAdministratorRow(tx, customer.id);
        if (previous) await updateContactRow(tx, customer.id, previous.id, { isAdministrator: false, updatedAt: now });
        replaced = previous?.id ?? null;
      }
      const row = await updateContactRow(tx, customer.id, cur.id, {
        email: input.email?.trim(),
        name: input.name?.trim(),
        phone: input.phone,
        locale: input.locale,
        timeZone: input.timeZone,
        isAuthorized: input.isAuthorized,
        // R-C2: a newly authorized contact joins the end of the cap order; de-authorizing leaves it.
        ...(input.isAuthorized === true && !cur.isAuthorized ? { authorizedAt: now } : input.isAuthorized === false ? { authorizedAt: null } : {}),
        isAdministrator: input.isAdministrator,
        passwordHash,
        updatedAt: now,
        ...(unproven ? { emailConfirmedAt: null } : {}),
      });
      if (unproven) await requestEmailConfirmation(tx, now, { contact: row!, customerName: customer.name, publicUrl: deps.config?.publicUrl ?? '' });
      const fields = Object.keys(input).filter((k) => !['actor', 'customerId', 'id'].includes(k));
      await recordAudit(tx, {
        at: now,
        actor: input.actor,
        action: 'contact.updated',
        objectType: 'contact',
        objectId: cur.id,
        details: { customerId: customer.id, fields, replacedAdministrator: replaced, ...(unproven ? { emailConfirmed: false } : {}) },
      });
      return presentContact(row!);
    });
  } catch (e) {
    throw mapContactConflict(e);
  }
}
