import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { checkAttachment } from '../../core/tickets/attachment-policy.js';
import { contactUploadUsage, insertAttachment } from '../../storage/attachments.queries.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from './change-ticket.js';
import { presentAttachment } from '../../presenters/tickets/present-attachment.js';

const DAY_MS = 86_400_000;

/** Bytes a customer's contacts may upload in any 24 hours (config UPLOAD_BUDGET_*). */
export interface UploadBudget {
  perContactBytes: number;
  perCustomerBytes: number;
}

/**
 * Attaches a file to a ticket (size and type limits; bytes kept in the blob
 * store, metadata in the database). Staff may mark it internal. A contact's
 * uploads count against a 24-hour budget per contact and per customer (issue
 * 13 item 8: nothing stopped one contact filling the disk). Throws NOT_FOUND,
 * ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, TRANSITION_NOT_ALLOWED
 * (closed), UPLOAD_BUDGET_EXCEEDED.
 */
export async function addAttachment(
  deps: { db: Db; clock: Clock; blobs: BlobStore; maxBytes: number; uploadBudget?: UploadBudget },
  input: { actor: Actor; ticketId: string; filename: string; bytes: Buffer; internal?: boolean; messageId?: string | null },
) {
  const { filename, contentType } = checkAttachment(input.filename, input.bytes.length, deps.maxBytes);
  const internal = input.actor.kind === 'user' ? (input.internal ?? false) : false;
  const { result } = await changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (c.ticket.status === 'closed') throw new DomainError('TRANSITION_NOT_ALLOWED', 'The ticket is closed.', { from: 'closed' });
    if (input.actor.kind === 'contact' && deps.uploadBudget) await assertWithinBudget(c.tx, c.now, deps.uploadBudget, c.ticket.customerId, input.actor.id, input.bytes.length);
    const blob = await deps.blobs.put(input.bytes);
    const a = await insertAttachment(c.tx, {
      ticketId: c.ticket.id, messageId: input.messageId ?? null, filename, contentType, sizeBytes: blob.size, sha256: blob.sha256,
      internal, uploaderKind: input.actor.kind, uploaderId: input.actor.id, createdAt: c.now,
    });
    await c.record('attachment_added', { attachmentId: a.id, filename }, internal);
    return presentAttachment(a);
  });
  return result;
}

async function assertWithinBudget(tx: Db, now: Date, budget: UploadBudget, customerId: string, contactId: string, size: number): Promise<void> {
  const u = await contactUploadUsage(tx, customerId, contactId, new Date(now.getTime() - DAY_MS));
  const over = (scope: 'contact' | 'customer', used: number, limit: number, oldest: Date | null) => {
    if (used + size <= limit) return;
    const retryAfterSeconds = oldest ? Math.max(1, Math.ceil((oldest.getTime() + DAY_MS - now.getTime()) / 1000)) : 86_400;
    throw new DomainError('UPLOAD_BUDGET_EXCEEDED', `Uploads by this ${scope} in the last 24 hours reached ${Math.floor(limit / 1048576)} MB.`, { scope, limitBytes: limit, usedBytes: used, retryAfterSeconds });
  };
  over('contact', u.contactBytes, budget.perContactBytes, u.oldestContact);
  over('customer', u.customerBytes, budget.perCustomerBytes, u.oldestCustomer);
}
