import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';

export type StaffActor = Extract<Actor, { kind: 'user' }>;
export type ContactActor = Extract<Actor, { kind: 'contact' }>;

/** Throws FORBIDDEN unless a vendor user (agents log time and make estimates). */
export function assertStaff(actor: Actor): asserts actor is StaffActor {
  if (actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff may do this.');
}

/** Throws FORBIDDEN unless an admin, a manager or the system (RULES §1: managers run contracts and billing). */
export function assertBillingManager(actor: Actor): void {
  const ok = actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'manager'));
  if (!ok) throw new DomainError('FORBIDDEN', 'Only admins and managers manage billing.');
}

/** Throws NOT_CUSTOMER_ADMINISTRATOR unless the customer's administrator contact (002: approvals and extra costs). */
export function assertCustomerAdministrator(actor: Actor): asserts actor is ContactActor {
  if (actor.kind !== 'contact' || !actor.isAdministrator) {
    throw new DomainError('NOT_CUSTOMER_ADMINISTRATOR', 'Only the customer\'s administrator may decide this.');
  }
}
