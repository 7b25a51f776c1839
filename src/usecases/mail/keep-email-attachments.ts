import { DomainError } from '../../core/errors.js';
import { checkAttachment, cleanFilename } from '../../core/tickets/attachment-policy.js';
import { textToHtml } from '../../core/tickets/body.js';
import { insertAttachment } from '../../storage/attachments.queries.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { appendSearchText, insertTicketEvent, insertTicketMessage } from '../../storage/tickets.queries.js';
import type { InboundAttachment } from './parse-inbound.js';

export interface KeptAttachments {
  kept: Array<{ id: string; filename: string }>;
  dropped: Array<{ filename: string; problem: string }>;
}

/**
 * Keeps a mail's attachments on a ticket with the portal's type and size
 * policy (core/tickets/attachment-policy). A file the policy refuses is
 * dropped, and an internal note lists it for agents: never silently.
 */
export async function keepEmailAttachments(
  tx: Db,
  deps: { blobs: BlobStore; maxBytes: number; now: Date },
  input: { ticketId: string; messageId: string | null; contactId: string; files: InboundAttachment[] },
): Promise<KeptAttachments> {
  const out: KeptAttachments = { kept: [], dropped: [] };
  for (const f of input.files) {
    let checked: { filename: string; contentType: string };
    try {
      checked = checkAttachment(f.filename, f.content.length, deps.maxBytes);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      out.dropped.push({ filename: cleanFilename(f.filename), problem: e.message });
      continue;
    }
    const blob = await deps.blobs.put(f.content);
    const a = await insertAttachment(tx, {
      ticketId: input.ticketId, messageId: input.messageId, filename: checked.filename, contentType: checked.contentType, sizeBytes: blob.size, sha256: blob.sha256,
      internal: false, uploaderKind: 'contact', uploaderId: input.contactId, createdAt: deps.now,
    });
    await insertTicketEvent(tx, { ticketId: input.ticketId, at: deps.now, actorKind: 'contact', actorId: input.contactId, type: 'attachment_added', data: { attachmentId: a.id, filename: a.filename, channel: 'email' } });
    out.kept.push({ id: a.id, filename: a.filename });
  }
  if (out.dropped.length) {
    const text = `Attachments in the email that were not kept (type or size not accepted):\n${out.dropped.map((d) => `- ${d.filename}: ${d.problem}`).join('\n')}\nThe original message is kept in the inbound mail log.`;
    const note = await insertTicketMessage(tx, {
      ticketId: input.ticketId, kind: 'note', authorKind: 'system', authorId: null, channel: 'email', bodyHtml: textToHtml(text), bodyText: text, createdAt: deps.now,
    });
    await appendSearchText(tx, input.ticketId, text, true);
    await insertTicketEvent(tx, { ticketId: input.ticketId, at: deps.now, actorKind: 'system', actorId: null, type: 'note_added', data: { messageId: note.id }, internal: true });
  }
  return out;
}

