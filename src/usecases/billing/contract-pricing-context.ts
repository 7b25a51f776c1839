import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findContractRow, type ContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { lockContract } from '../../storage/tickets.queries.js';
import { Scope } from '../../core/scope.js';

/** The live contract within the actor's scope, locked (FOR UPDATE) for a pricing change. Throws NOT_FOUND, CONFLICT (archived). */
export async function lockLiveContract(tx: Db, actor: Actor, contractId: string): Promise<ContractRow> {
  await lockContract(tx, contractId);
  const c = await findContractRow(tx, Scope.of(actor), contractId);
  if (!c) throw new DomainError('NOT_FOUND', 'No such contract.');
  if (c.archivedAt) throw new DomainError('CONFLICT', 'The contract is archived.', [{ path: 'id', problem: 'archived' }]);
  return c;
}

/** The contract's yearly price (R-P6). Throws PRICE_MISSING when none is set. */
export function yearlyPriceOf(c: ContractRow): number {
  if (c.yearlyPriceCents === null) throw new DomainError('PRICE_MISSING', 'Set the contract\'s yearly price (or its basis and percentage) first.', [{ path: 'yearlyPriceCents', problem: 'missing' }]);
  return c.yearlyPriceCents;
}
