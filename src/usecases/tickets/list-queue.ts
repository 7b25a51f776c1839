import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import type { TicketStatusValue } from '../../storage/schema/tickets.js';
import { listQueueRows, type TicketListFilter } from '../../storage/ticket-queue.queries.js';
import { presentTicketSummary, type TicketSummary } from '../../presenters/tickets/present-ticket-summary.js';

export interface QueueFilters {
  /** One or several; default every open status (not solved, not closed). */
  status?: TicketStatusValue[];
  severity?: string[];
  customerId?: string;
  /** 'me' (the caller), 'none' (unassigned) or a user id. */
  assignee?: string;
  /** true: a commitment is breached now; false: none is. */
  breached?: boolean;
  /** The nearest running commitment is due within this many minutes (or is past due). */
  dueWithinMinutes?: number;
  highPriority?: boolean;
  /** Full text over subject, body, replies and internal notes; "#123" or "123" finds ticket 123. */
  q?: string;
}

/** Splits a search box: "#123" is a number only; plain digits are a number or text; anything else is text. */
export function parseTicketSearch(q: string | undefined): Pick<TicketListFilter, 'text' | 'number' | 'numberOnly'> {
  const s = q?.trim() ?? '';
  if (!s) return {};
  const m = /^(#?)(\d{1,15})$/.exec(s);
  if (!m) return { text: s };
  const number = Number(m[2]);
  return m[1] ? { number, numberOnly: true } : { number, text: s };
}

/**
 * The agent queue (R-K9; issue 4 item 7), for vendor staff only: high
 * priority first, then the nearest running commitment due time, then number.
 * Every staff role sees every customer's tickets. `total` stops at 10,001
 * (meaning "more than 10,000"). Throws FORBIDDEN for contacts and the system.
 */
export async function listQueue(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; now?: Date; filters?: QueueFilters; page?: { limit?: number; offset?: number } },
): Promise<Page<TicketSummary>> {
  const { actor } = input;
  if (actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff see the queue.');
  const now = input.now ?? deps.clock.now();
  const f = input.filters ?? {};
  const page = pageRequest(input.page?.limit, input.page?.offset);
  const assigneeId = f.assignee === undefined ? undefined : f.assignee === 'me' ? actor.id : f.assignee === 'none' ? null : f.assignee;
  const filter: TicketListFilter = {
    statuses: f.status,
    severities: f.severity,
    customerId: f.customerId,
    assigneeId,
    breached: f.breached,
    dueBefore: f.dueWithinMinutes === undefined ? undefined : new Date(now.getTime() + f.dueWithinMinutes * 60_000),
    highPriority: f.highPriority,
    ...parseTicketSearch(f.q),
  };
  const { rows, total } = await listQueueRows(deps.db, filter, now, page);
  return { items: rows.map((r) => presentTicketSummary(r, now)), total, ...page };
}
