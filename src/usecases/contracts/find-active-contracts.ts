import { listActiveContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';

/**
 * R-P3: a customer's live contracts active on a date ('YYYY-MM-DD', start and
 * end inclusive), earliest start first; empty when none. Used to pick the plan
 * a ticket is measured against.
 */
export async function findActiveContracts(deps: { db: Db }, input: { customerId: string; date: string }): Promise<ContractView[]> {
  return (await listActiveContractRows(deps.db, input.customerId, input.date)).map(presentContract);
}
