import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { checkAttachment } from '../../core/tickets/attachment-policy.js';
import { insertAttachment } from '../../storage/attachments.queries.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from './change-ticket.js';
import { presentAttachment } from './present-attachment.js';

/**
 * Attaches a file to a ticket (size and type limits; bytes kept in the blob
 * store, metadata in the database). Staff may mark it internal. Throws
 * NOT_FOUND, ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, TRANSITION_NOT_ALLOWED (closed).
 */
export async function addAttachment(
  deps: { db: Db; clock: Clock; blobs: BlobStore; maxBytes: number },
  input: { actor: Actor; ticketId: string; filename: string; bytes: Buffer; internal?: boolean; messageId?: string | null },
) {
  const { filename, contentType } = checkAttachment(input.filename, input.bytes.length, deps.maxBytes);
  const internal = input.actor.kind === 'user' ? (input.internal ?? false) : false;
  const { result } = await changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (c.ticket.status === 'closed') throw new DomainError('TRANSITION_NOT_ALLOWED', 'The ticket is closed.', { from: 'closed' });
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
