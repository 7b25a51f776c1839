import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findContractRow, updateContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/** Archives a contract entered by mistake (an ended contract keeps its end date instead). Idempotent. Throws FORBIDDEN, NOT_FOUND. */
export async function archiveContract(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<ContractView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findContractRow(tx, Scope.of(input.actor), input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such contract.');
    if (cur.archivedAt) return presentContract(cur);
    const r = await updateContractRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.archived', objectType: 'contract', objectId: cur.id, details: { customerId: cur.customerId } });
    return presentContract(r!);
  });
}
