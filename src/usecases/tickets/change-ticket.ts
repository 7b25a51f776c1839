import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { SlaClocks } from '../../core/sla/index.js';
import type { TicketEventBody, TicketEventData, TicketEventType } from '../../core/tickets/ticket-events.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow, insertTicketEvent, updateTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { recomputeTicketSla } from './recompute-ticket-sla.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/** What a change step may do inside the ticket's transaction. */
export interface TicketChange {
  tx: Db;
  now: Date;
  actor: Actor;
  ticket: TicketRow;
  /** Appends a history event (R-K10) of a type defined in core/tickets/ticket-events.ts; internal events never reach contacts. */
  record<T extends TicketEventType>(type: T, data: TicketEventData<T>, internal?: boolean): Promise<void>;
  /** Updates columns and keeps `ticket` current. */
  update(patch: Partial<TicketRow>): Promise<TicketRow>;
}

/**
 * Runs one change on a ticket: locks the row (scoped to the contact's
 * customer when a contact acts, so another customer's ticket is NOT_FOUND),
 * applies the step, appends history, and recomputes the SLA columns in the
 * same transaction (R-K10, R-S1..R-S5).
 */
export async function changeTicket<T>(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  ticketId: string,
  step: (c: TicketChange) => Promise<T>,
): Promise<{ ticket: TicketRow; clocks: SlaClocks | null; result: T }> {
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const found = await findTicketRow(tx, Scope.of(actor), ticketId, { lock: true });
    if (!found) throw new DomainError('NOT_FOUND', 'No such ticket.');
    const c: TicketChange = {
      tx,
      now,
      actor,
      ticket: found,
      async record(type, data, internal = false) {
        await insertTicketEvent(tx, { ticketId, at: now, actorKind: actor.kind, actorId: actor.id, internal, ...({ type, data } as TicketEventBody) });
      },
      async update(patch) {
        c.ticket = await updateTicketRow(tx, ticketId, { ...patch, updatedAt: now });
        return c.ticket;
      },
    };
    const result = await step(c);
    const { ticket, clocks } = await recomputeTicketSla(tx, c.ticket, now);
    return { ticket, clocks, result };
  });
}
