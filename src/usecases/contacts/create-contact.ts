import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { assertCanEditContacts } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findAdministratorRow, insertContactRow, updateContactRow } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { isEmailTaken } from '../../storage/users.queries.js';
import { assertCapRoom } from './assert-cap-room.js';
import { prepareContactFields, type ContactFields } from './contact-fields.js';
import { mapContactConflict } from './map-contact-conflict.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';
import { requestEmailConfirmation } from './request-email-confirmation.js';
import { withTx } from '../../storage/with-tx.js';

export type CreateContactInput = { actor: Actor; customerId: string; email: string; name: string } & ContactFields;

/**
 * Adds a contact to a customer (RULES §1). In one transaction holding the
 * customer row FOR UPDATE: the email must be free among live contacts and
 * staff users (both sign in with it); an authorized contact must fit the
 * plan's cap (R-C2); a new administrator demotes the previous one (002: one
 * administrator per customer). Callers: admins, managers, or the customer's
 * administrator contact (who may not set isAdministrator or password).
 *
 * Issue 13 item 6: an address typed by the customer's administrator is not
 * proven: the contact is created unconfirmed (no sign-in, no mail intake) and
 * a confirmation link is mailed to it; the answer is the same whether the
 * address exists elsewhere or not. Staff vouch for the addresses they enter
 * (taken from the contract or the onboarding call): theirs count as confirmed,
 * and "already in use" is told to staff only.
 * Throws NOT_FOUND, FORBIDDEN, FIELD_NOT_ALLOWED, VALIDATION_FAILED, CONFLICT
 * (email in use (staff only), customer archived), CONTACT_CAP_REACHED, ADMINISTRATOR_EXISTS.
 */
export async function createContact(deps: { db: Db; clock: Clock; config?: { publicUrl: string } }, input: CreateContactInput): Promise<ContactView> {
  assertCanEditContacts(input.actor, input.customerId);
  const passwordHash = await prepareContactFields(input.actor, input);
  const now = deps.clock.now();
  try {
    return await withTx(deps.db, async (tx) => {
      const customer = await findCustomerRow(tx, input.customerId, { lock: true });
      if (!customer) throw new DomainError('NOT_FOUND', 'No such customer.');
      if (customer.archivedAt) throw new DomainError('CONFLICT', 'The customer is archived.', [{ path: 'customerId', problem: 'archived' }]);
      const unproven = input.actor.kind === 'contact';
      if (!unproven && (await isEmailTaken(tx, input.email))) throw new DomainError('CONFLICT', 'That email is already in use.', [{ path: 'email', problem: 'already in use' }]);
      if (input.isAuthorized) await assertCapRoom(tx, customer.id, now);
      const previous = input.isAdministrator ? await findAdministratorRow(tx, customer.id) : null;
      if (previous) await updateContactRow(tx, customer.id, previous.id, { isAdministrator: false, updatedAt: now });
      const c = await insertContactRow(tx, {
        customerId: customer.id,
        email: input.email.trim(),
        name: input.name.trim(),
        phone: input.phone ?? '',
        locale: input.locale ?? customer.locale,
        timeZone: input.timeZone ?? customer.timeZone,
        isAuthorized: input.isAuthorized ?? false,
        authorizedAt: input.isAuthorized ? now : null,
        isAdministrator: input.isAdministrator ?? false,
        passwordHash: passwordHash ?? null,
        createdAt: now,
        updatedAt: now,
        emailConfirmedAt: unproven ? null : now,
      });
      if (unproven) await requestEmailConfirmation(tx, now, { contact: c, customerName: customer.name, publicUrl: deps.config?.publicUrl ?? '' });
      const details = { customerId: customer.id, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, replacedAdministrator: previous?.id ?? null, emailConfirmed: !unproven };
      await recordAudit(tx, { at: now, actor: input.actor, action: 'contact.created', objectType: 'contact', objectId: c.id, details });
      return presentContact(c);
    });
  } catch (e) {
    throw mapContactConflict(e);
  }
}
