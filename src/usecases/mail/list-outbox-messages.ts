import type { Actor } from '../../core/actor.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listOutboxRows } from '../../storage/outbox.queries.js';
import type { OutboxStatus } from '../../storage/schema/index.js';
import { presentOutbox } from '../../presenters/mail/present-mail.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** The admin outbox, newest first, optionally by status or ticket (issue 5: kept and failed mail is readable). */
export async function listOutboxMessages(
  deps: { db: Db },
  input: { actor: Actor; status?: OutboxStatus; ticketId?: string; limit?: number; offset?: number },
): Promise<Page<ReturnType<typeof presentOutbox>>> {
  authorize(input.actor, MANAGERS);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listOutboxRows(deps.db, { status: input.status, ticketId: input.ticketId }, page);
  return { items: rows.map(presentOutbox), total, ...page };
}
