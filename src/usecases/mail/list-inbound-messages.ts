import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { findInboundRow, listInboundRows } from '../../storage/inbound-mail.queries.js';
import type { InboundStatus } from '../../storage/schema/index.js';
import { presentInbound } from '../../presenters/mail/present-mail.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** The inbound mail log, newest first: what became of every message received (issue 5). */
export async function listInboundMessages(
  deps: { db: Db },
  input: { actor: Actor; status?: InboundStatus; ticketId?: string; limit?: number; offset?: number },
): Promise<Page<ReturnType<typeof presentInbound>>> {
  authorize(input.actor, MANAGERS);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listInboundRows(deps.db, input, page);
  return { items: rows.map(presentInbound), total, ...page };
}

/** One inbound message's record. Throws NOT_FOUND. */
export async function getInboundMessage(deps: { db: Db }, input: { actor: Actor; id: string }) {
  authorize(input.actor, MANAGERS);
  const row = await findInboundRow(deps.db, input.id);
  if (!row) throw new DomainError('NOT_FOUND', 'No such message.');
  return presentInbound(row);
}
