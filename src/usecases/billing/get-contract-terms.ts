import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { findContractTermsRow } from '../../storage/billing-terms.queries.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContractTerms, type ContractTermsView } from './contract-terms.js';

/** A contract's billing facts (defaults when none were set). Throws NOT_FOUND. */
export async function getContractTerms(deps: { db: Db; clock: Clock }, input: { contractId: string }): Promise<ContractTermsView> {
  const contract = await findContractRow(deps.db, null, input.contractId);
  if (!contract) throw new DomainError('NOT_FOUND', 'No such contract.');
  return presentContractTerms(contract.id, await findContractTermsRow(deps.db, contract.id));
}
