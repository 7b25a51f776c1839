import type { AttachmentRow } from '../../storage/attachments.queries.js';

export function presentAttachment(a: AttachmentRow) {
  return {
    id: a.id,
    messageId: a.messageId,
    filename: a.filename,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    internal: a.internal,
    uploaderKind: a.uploaderKind,
    createdAt: a.createdAt.toISOString(),
  };
}
