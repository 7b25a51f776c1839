import { todayUtc } from '../../core/catalogue/dates.js';
import { canAuthorizeAnother, computeAuthorizedCap } from '../../core/contracts/authorized-cap.js';
import { DomainError } from '../../core/errors.js';
import { countAuthorizedContacts } from '../../storage/contacts.queries.js';
import { listCapSources } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';

/**
 * R-C2: throws CONTACT_CAP_REACHED (details: cap, authorized, contractId or
 * reason 'no_contract') unless one more authorized contact fits the cap of
 * the customer's current and future contracts' plan versions. Call it inside
 * the transaction that holds the customer row FOR UPDATE, so concurrent
 * writers count one after another and the cap holds.
 */
export async function assertCapRoom(db: Db, customerId: string, now: Date, exceptContactId?: string): Promise<void> {
  const cap = computeAuthorizedCap(await listCapSources(db, customerId, todayUtc(now)));
  if (cap.kind === 'unlimited') return;
  const authorized = await countAuthorizedContacts(db, customerId, exceptContactId);
  if (canAuthorizeAnother(cap, authorized)) return;
  if (cap.kind === 'no_contract') {
    throw new DomainError('CONTACT_CAP_REACHED', 'The customer has no current contract, so no contact can be authorized.', {
      path: 'isAuthorized',
      reason: 'no_contract',
      cap: 0,
      authorized,
    });
  }
  throw new DomainError('CONTACT_CAP_REACHED', `The plan allows ${cap.cap} authorized contacts and ${authorized} are authorized.`, {
    path: 'isAuthorized',
    cap: cap.cap,
    authorized,
    contractId: cap.contractId,
  });
}
