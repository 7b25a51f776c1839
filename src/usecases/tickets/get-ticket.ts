import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow, listTicketEvents, listTicketMessages, type TicketEventRow, type TicketRow } from '../../storage/tickets.queries.js';
import { listTicketAttachments } from '../../storage/attachments.queries.js';
import { presentAttachment } from '../../presenters/tickets/present-attachment.js';
import { presentTicketForContact, presentTicketForStaff } from '../../presenters/tickets/present-ticket.js';
import { computeTicketSla } from './compute-ticket-sla.js';
import { findMinimumResolution } from './find-minimum-resolution.js';
import { Scope } from '../../core/scope.js';

/**
 * One ticket for the caller. A contact gets its customer's ticket without
 * internal notes, fields, events or attachments; another customer's ticket is
 * NOT_FOUND. Staff get everything, with live SLA clocks and explanations.
 */
export async function getTicket(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }) {
  const { actor } = input;
  const contact = actor.kind === 'contact';
  const t = await findTicketRow(deps.db, Scope.of(actor), input.id);
  if (!t) throw new DomainError('NOT_FOUND', 'No such ticket.');
  const messages = await listTicketMessages(deps.db, t.id, { includeNotes: !contact });
  const events = await listTicketEvents(deps.db, t.id, { includeInternal: !contact });
  const files = (await listTicketAttachments(deps.db, t.id, { includeInternal: !contact })).map(presentAttachment);
  // Altanet's minimum resolution time (seed 002): indicative, shown to both sides; absent when the plan names none.
  const minimum = await findMinimumResolution(deps.db, t, deps.clock.now());
  const extra = minimum ? { minimumResolutionAt: minimum.toISOString() } : {};
  if (contact) return { ...presentTicketForContact(t, messages, events), ...extra, attachments: files };
  const clocks = await computeTicketSla(deps.db, t, deps.clock.now());
  return { ...presentTicketForStaff(t, messages, events, clocks), ...extra, attachments: files };
}

/**
 * The contact's view of a ticket its own registration just returned: a new
 * ticket has no messages or attachments yet and its history is the events
 * the registration wrote (the same shape as getTicket, without a read).
 */
export function viewRegisteredTicket(ticket: TicketRow, events: readonly TicketEventRow[]) {
  return { ...presentTicketForContact(ticket, [], events.filter((e) => !e.internal)), attachments: [] };
}
