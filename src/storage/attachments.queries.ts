import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf } from './migrate.js';
import type { Db } from './db.js';
import { attachments, tickets } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

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

/** One attachment of one ticket within the scope (another customer's file is null). */
export async function findAttachment(
  db: Db,
  scope: Scope,
  ticketId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const [a] = await db
    .select({ a: attachments })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .where(and(eq(attachments.id, id), eq(attachments.ticketId, ticketId), inScope(scope, tickets.customerId)))
    .limit(1);
  return a?.a ?? null;
}

/**
 * Bytes uploaded by contacts since `since`: by one contact, and by every
 * contact of its customer, with the oldest upload counted (to say when room
 * frees up). Takes a transaction-scoped advisory lock per customer first, so
 * concurrent uploads of one customer are counted one after the other.
 */
export async function contactUploadUsage(
  tx: Db,
  customerId: string,
  contactId: string,
  since: Date,
): Promise<{ contactBytes: number; customerBytes: number; oldestContact: Date | null; oldestCustomer: Date | null }> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`uploads:${customerId}`}))`);
  const [r] = rowsOf<{ contact_bytes: string | number; customer_bytes: string | number; oldest_contact: string | Date | null; oldest_customer: string | Date | null }>(
    await tx.execute(sql`
      SELECT coalesce(sum(a.size_bytes) FILTER (WHERE a.uploader_id = ${contactId}), 0) AS contact_bytes,
             coalesce(sum(a.size_bytes), 0) AS customer_bytes,
             min(a.created_at) FILTER (WHERE a.uploader_id = ${contactId}) AS oldest_contact,
             min(a.created_at) AS oldest_customer
        FROM attachments a JOIN tickets t ON t.id = a.ticket_id
       WHERE a.created_at > ${since.toISOString()}::timestamptz AND a.uploader_kind = 'contact' AND t.customer_id = ${customerId}`),
  );
  const d = (v: string | Date | null | undefined) => (v ? new Date(v) : null);
  return { contactBytes: Number(r!.contact_bytes), customerBytes: Number(r!.customer_bytes), oldestContact: d(r!.oldest_contact), oldestCustomer: d(r!.oldest_customer) };
}
