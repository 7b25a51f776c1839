import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { findContractTermsRow } from '../../storage/billing-terms.queries.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContractTerms, type ContractTermsView } from './contract-terms.js';
import { Scope } from '../../core/scope.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** A contract's billing facts (defaults when none were set). Throws NOT_FOUND. */
export async function getContractTerms(deps: { db: Db; clock: Clock }, input: { actor: Actor; contractId: string }): Promise<ContractTermsView> {
  authorize(input.actor, MANAGERS);
  const contract = await findContractRow(deps.db, Scope.of(input.actor), input.contractId);
  if (!contract) throw new DomainError('NOT_FOUND', 'No such contract.');
  return presentContractTerms(contract.id, await findContractTermsRow(deps.db, contract.id));
}
