import type { Actor, StaffRole } from './actor.js';
import { DomainError } from './errors.js';

declare const SCOPE_BRAND: unique symbol;
type Branded<T> = Readonly<T> & { readonly [SCOPE_BRAND]: true };

/**
 * Which customers' rows a tenant-owned query may touch (RULES §1), built from
 * who acts. Every tenant-owned storage query takes one; there is no "no scope":
 * seeing every customer is spelled out as a staff or a system scope, so
 * forgetting the scope does not compile and cannot look like choosing it.
 *
 * - `contact`: one customer, always (the contact's own);
 * - `staff`: every customer, or one when narrowed with `Scope.within`;
 * - `system`: jobs, mail ingestion, the CLI, presets, demo: every customer, or one.
 *
 * `customerId` is the filter the storage layer applies: null means every
 * customer, and only a staff or system scope can hold null. The type is
 * branded, so an object literal is not a Scope: use the constructors below.
 */
export type Scope =
  | Branded<{ kind: 'contact'; customerId: string; contactId: string }>
  | Branded<{ kind: 'staff'; customerId: string | null; userId: string; role: StaffRole }>
  | Branded<{ kind: 'system'; customerId: string | null }>;

const brand = <T>(s: T): Scope => s as unknown as Scope;

const SYSTEM: Scope = Object.freeze(brand({ kind: 'system', customerId: null }));

export const Scope = {
  /** The scope of an actor: a contact sees its customer, staff and the system see every customer. */
  of(actor: Actor): Scope {
    if (actor.kind === 'contact') return brand({ kind: 'contact', customerId: actor.customerId, contactId: actor.id });
    if (actor.kind === 'user') return brand({ kind: 'staff', customerId: null, userId: actor.id, role: actor.role });
    return SYSTEM;
  },
  /** Jobs, mail ingestion, the CLI, presets and the demo: every customer, chosen on purpose. */
  system: SYSTEM,
  /**
   * The customer of a row the caller already read within its own scope (a
   * ticket, an invoice), for reading that row's dependants: its estimates,
   * the invoice it credits. Never build one from input.
   */
  customerOf(row: { customerId: string }): Scope {
    return brand({ kind: 'system', customerId: row.customerId });
  },
  /**
   * The same scope narrowed to one customer: staff or the system looking at
   * that customer, or a contact of it. A contact of another customer gets
   * NOT_FOUND, the same answer as for a missing id (RULES §1).
   */
  within(scope: Scope, customerId: string): Scope {
    if (scope.kind === 'contact') {
      if (scope.customerId !== customerId) throw new DomainError('NOT_FOUND', 'No such customer.');
      return scope;
    }
    if (scope.customerId !== null && scope.customerId !== customerId) throw new DomainError('NOT_FOUND', 'No such customer.');
    return brand({ ...scope, customerId });
  },
} as const;

/** True when the scope is a customer's contact: what only staff may see (drafts, internal notes) is hidden. */
export function isCustomerView(scope: Scope): scope is Extract<Scope, { kind: 'contact' }> {
  return scope.kind === 'contact';
}
