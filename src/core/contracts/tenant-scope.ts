import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import { Scope } from '../scope.js';

/**
 * RULES §1: a contact sees only its own customer. Returns the customer id the
 * caller may read; for a contact asking about another customer, throws
 * NOT_FOUND, indistinguishable from a missing id. Staff and system see all.
 * The rule is Scope.within's (core/scope.ts); this keeps the id for queries
 * that still take a plain customer id.
 */
export function customerScope(actor: Actor, customerId: string): string {
  Scope.within(Scope.of(actor), customerId);
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
