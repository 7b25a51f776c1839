import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { contractYearStart } from '../../core/tickets/allowance.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { ticketBundles } from '../../storage/schema/index.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * R-P5: a ticket bundle adds tickets to the allowance of the contract year
 * that contains `date` (default today, UTC). Throws NOT_FOUND, VALIDATION_FAILED.
 */
export async function createTicketBundle(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; contractId: string; tickets: number; priceCents: number; currency?: string; date?: string },
) {
  const now = deps.clock.now();
  const date = input.date ?? now.toISOString().slice(0, 10);
  if (!Number.isInteger(input.tickets) || input.tickets <= 0) {
    throw new DomainError('VALIDATION_FAILED', 'A bundle adds at least one ticket.', [{ path: 'body.tickets', problem: 'must be a positive integer' }]);
  }
  return withTx(deps.db, async (tx) => {
    const contract = await findContractRow(tx, Scope.of(input.actor), input.contractId);
    if (!contract) throw new DomainError('NOT_FOUND', 'No such contract.');
    if (date < contract.startDate) {
      throw new DomainError('VALIDATION_FAILED', 'The bundle date is before the contract starts.', [{ path: 'body.date', problem: 'before contract start' }]);
    }
    const [b] = await tx
      .insert(ticketBundles)
      .values({
        contractId: contract.id,
        yearStart: contractYearStart(contract.startDate, date),
        tickets: input.tickets,
        priceCents: input.priceCents,
        currency: input.currency ?? contract.currency,
        purchasedAt: now,
        createdBy: input.actor.id,
      })
      .returning();
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.bundle_added', objectType: 'contract', objectId: contract.id, details: { tickets: input.tickets } });
    return b!;
  });
}
