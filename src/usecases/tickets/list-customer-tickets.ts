import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import type { TicketStatusValue } from '../../storage/schema/tickets.js';
import { listCustomerTicketRows } from '../../storage/ticket-queue.queries.js';
import { parseTicketSearch } from './list-queue.js';
import { presentCustomerTicketSummary, type CustomerTicketSummary } from '../../presenters/tickets/present-ticket-summary.js';

export interface CustomerTicketFilters {
  /** One or several; default all statuses. */
  status?: TicketStatusValue[];
  /** Full text over the subject, body and public replies only; "#123" finds ticket 123. */
  q?: string;
}

/**
 * The portal list (issue 4 item 8): the tickets of the calling contact's
 * customer, newest first. Who sees what: EVERY contact of a customer
 * (authorized or not, administrator or not) sees all of that customer's
 * tickets, whoever requested them, and nothing of any other customer; the
 * scope is applied in the storage layer from the actor, never from input.
 * Search covers public text only: internal notes never match, count or show.
 * Throws FORBIDDEN for anyone but a contact.
 */
export async function listCustomerTickets(
  deps: { db: Db },
  input: { actor: Actor; filters?: CustomerTicketFilters; page?: { limit?: number; offset?: number } },
): Promise<Page<CustomerTicketSummary>> {
  if (input.actor.kind !== 'contact') throw new DomainError('FORBIDDEN', 'Only a customer contact may list its tickets.');
  const page = pageRequest(input.page?.limit, input.page?.offset);
  const f = input.filters ?? {};
  const { rows, total } = await listCustomerTicketRows(deps.db, input.actor.customerId, { statuses: f.status, ...parseTicketSearch(f.q) }, page);
  return { items: rows.map(presentCustomerTicketSummary), total, ...page };
}
