import { eq, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from '../core/scope.js';

/**
 * The condition a Scope puts on a tenant-owned query: the row's customer
 * column equals the scope's customer, or nothing for a staff or system scope
 * over every customer. Every tenant-owned query builds its filter here.
 */
export function inScope(scope: Scope, customerColumn: AnyColumn): SQL | undefined {
  return scope.customerId === null ? undefined : eq(customerColumn, scope.customerId);
}
