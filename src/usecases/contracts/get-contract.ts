import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';
import { Scope } from '../../core/scope.js';
import { authorize, STAFF } from '../../core/access.js';

/** One contract; a contact reads only its own customer's (RULES §1). Throws NOT_FOUND. */
export async function getContract(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<ContractView> {
  authorize(input.actor, STAFF);
  const r = await findContractRow(deps.db, Scope.of(input.actor), input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such contract.');
  return presentContract(r);
}
