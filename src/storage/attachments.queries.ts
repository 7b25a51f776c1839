import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { attachments, tickets } from './schema/index.js';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [a] = await db.insert(attachments).values(row).returning();
  return a!;
}

export async function listTicketAttachments(db: Db, ticketId: string, opts: { includeInternal: boolean }): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), opts.includeInternal ? undefined : eq(attachments.internal, false)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** One attachment of one ticket, scoped to a customer when given (another customer's file is null). */
export async function findAttachment(
  db: Db,
  customerId: string | null,
  ticketId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const [a] = await db
    .select({ a: attachments })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .where(and(eq(attachments.id, id), eq(attachments.ticketId, ticketId), customerId !== null ? eq(tickets.customerId, customerId) : undefined))
    .limit(1);
  return a?.a ?? null;
}
