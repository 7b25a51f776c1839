import type { Actor } from '../../core/actor.js';
import { computeAuthorizedCap, type CapSource } from '../../core/contracts/authorized-cap.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { listAuthorizedInCapOrder, updateContactRow } from '../../storage/contacts.queries.js';
import { listCapSources } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';

export interface CapChoiceInput {
  actor: Actor;
  customerId: string;
  contractId: string;
  /** The contract's plan after the change, and the date its version is read on. */
  newPlanId: string;
  today: string;
  contractStart: string;
  /** Contacts that stay authorized, when the new cap is below the authorized count. */
  keepAuthorized?: string[];
  now: Date;
}

/**
 * R-C2: before a contract moves to another plan, checks the customer's cap
 * after the move (the most generous of its current and future contracts, the
 * moved one on its new plan). Within the cap: nothing to do. Beyond it:
 * without `keepAuthorized`, throws CONTACT_CAP_CHOICE_REQUIRED listing the
 * authorized contacts (earliest authorized first) and the cap; with it, every
 * other authorized contact is de-authorized, in the caller's transaction (so
 * the choice and the plan change commit together), each one audited. Throws
 * VALIDATION_FAILED when the list names a contact that is not authorized for
 * this customer, or more contacts than the cap. Returns who was de-authorized.
 */
export async function applyCapChoice(tx: Db, input: CapChoiceInput): Promise<{ cap: number | null; deauthorized: string[] }> {
  const day = input.contractStart > input.today ? input.contractStart : input.today;
  const newVersion = await findPlanVersionRowOn(tx, input.newPlanId, day);
  const sources: CapSource[] = (await listCapSources(tx, input.customerId, input.today)).map((s) =>
    s.contractId === input.contractId ? { contractId: s.contractId, maxAuthorizedContacts: newVersion?.maxAuthorizedContacts ?? null } : s,
  );
  const cap = computeAuthorizedCap(sources);
  if (cap.kind !== 'limited') return { cap: null, deauthorized: [] };
  const authorized = await listAuthorizedInCapOrder(tx, input.customerId);
  if (authorized.length <= cap.cap) return { cap: cap.cap, deauthorized: [] };
  if (!input.keepAuthorized) {
    throw new DomainError('CONTACT_CAP_CHOICE_REQUIRED', `The new plan allows ${cap.cap} authorized contacts and ${authorized.length} are authorized: choose who stays authorized.`, {
      path: 'keepAuthorized',
      cap: cap.cap,
      authorized: authorized.map((c) => ({ id: c.id, name: c.name, email: c.email, isAdministrator: c.isAdministrator })),
    });
  }
  const keep = new Set(input.keepAuthorized);
  const known = new Set(authorized.map((c) => c.id));
  const issues = [...keep].filter((id) => !known.has(id)).map((id) => ({ path: 'keepAuthorized', problem: `${id} is not an authorized contact of this customer` }));
  if (keep.size > cap.cap) issues.push({ path: 'keepAuthorized', problem: `at most ${cap.cap} contacts may stay authorized` });
  if (issues.length) throw new DomainError('VALIDATION_FAILED', 'The choice of authorized contacts is invalid.', issues);
  const dropped = authorized.filter((c) => !keep.has(c.id));
  for (const c of dropped) {
    await updateContactRow(tx, input.customerId, c.id, { isAuthorized: false, authorizedAt: null, updatedAt: input.now });
    await recordAudit(tx, {
      at: input.now, actor: input.actor, action: 'contact.deauthorized_for_cap', objectType: 'contact', objectId: c.id,
      details: { customerId: input.customerId, contractId: input.contractId, planId: input.newPlanId, cap: cap.cap },
    });
  }
  return { cap: cap.cap, deauthorized: dropped.map((c) => c.id) };
}
