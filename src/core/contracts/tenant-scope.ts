import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';

/**
 * RULES §1: a contact sees only its own customer. Returns the customer id the
 * caller may read; for a contact asking about another customer, throws
 * NOT_FOUND, indistinguishable from a missing id. Staff and system see all.
 */
export function customerScope(actor: Actor, customerId: string): string {
  if (actor.kind === 'contact' && actor.customerId !== customerId) throw new DomainError('NOT_FOUND', 'No such customer.');
  return customerId;
}

/**
 * R-C2/002: who may change a customer's contacts: admins and managers (and the
 * system), or that customer's administrator contact. Throws NOT_FOUND for
 * another customer's contact, FORBIDDEN otherwise.
 */
export function assertCanEditContacts(actor: Actor, customerId: string): void {
  customerScope(actor, customerId);
  if (actor.kind === 'system') return;
  if (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'manager')) return;
  if (actor.kind === 'contact' && actor.isAdministrator) return;
  throw new DomainError('FORBIDDEN', "Only admins, managers and the customer's administrator contact may change contacts.");
}
