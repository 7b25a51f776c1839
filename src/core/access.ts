import type { Actor, StaffRole } from './actor.js';
import { DomainError } from './errors.js';

/** Who acts, as one word: a staff role, a customer's contact, or the system (jobs, mail, CLI, presets, demo). */
export type Role = StaffRole | 'contact' | 'system';

/**
 * Who may run an operation (RULES §1). Each use case checks its policy first
 * thing with `authorize`, so HTTP, the CLI, jobs and mail get the same answer;
 * a route declares the same constant as its `access`, which only answers a
 * wrong role early (403 before the body is validated).
 */
export type Policy = readonly Role[];

/** Vendor staff and the system: reading the catalogue, customers, the queue, mail records. */
export const STAFF = ['admin', 'manager', 'agent', 'system'] as const satisfies Policy;
/** Admins, managers and the system: the catalogue, customers, contracts, billing (R-P1). */
export const MANAGERS = ['admin', 'manager', 'system'] as const satisfies Policy;
/** Admins and the system: users, instance settings. */
export const ADMINS = ['admin', 'system'] as const satisfies Policy;
/** Staff, or a contact of the customer in question: the operation narrows the actor's Scope to that customer (core/scope.ts). */
export const STAFF_OR_CUSTOMER = ['admin', 'manager', 'agent', 'system', 'contact'] as const satisfies Policy;
/** Admins, managers and the system, or a contact of the customer in question (invoices, the calendar feed); the operation narrows the Scope. */
export const MANAGERS_OR_CUSTOMER = ['admin', 'manager', 'system', 'contact'] as const satisfies Policy;
/** A customer's contact (the portal's own operations). */
export const CONTACTS = ['contact'] as const satisfies Policy;

export function roleOf(actor: Actor): Role {
  return actor.kind === 'user' ? actor.role : actor.kind;
}

/** Throws FORBIDDEN unless the actor's role is in the policy. */
export function authorize(actor: Actor, policy: Policy): void {
  if (!policy.includes(roleOf(actor))) throw new DomainError('FORBIDDEN', 'Your role may not do this.', { role: roleOf(actor) });
}

/** True when the actor's role is in the policy (for what an operation shows, not whether it runs). */
export function allows(actor: Actor, policy: Policy): boolean {
  return policy.includes(roleOf(actor));
}
