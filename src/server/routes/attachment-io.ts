import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.js';

/** Reads the single file of a multipart upload; the size limit is enforced while streaming. */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<{ filename: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!req.isMultipart()) {
    throw new DomainError('VALIDATION_FAILED', 'Send the file as multipart/form-data with a "file" field.', [{ path: 'body.file', problem: 'missing' }]);
  }
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw new DomainError('VALIDATION_FAILED', 'No file in the upload.', [{ path: 'body.file', problem: 'missing' }]);
  const bytes = await file.toBuffer().catch((e: { code?: string }) => {
    if (e.code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('ATTACHMENT_TOO_LARGE', `The file is larger than ${Math.floor(maxBytes / 1048576)} MB.`, { maxBytes });
    throw e;
  });
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.fields)) {
    const f = v as { type?: string; value?: unknown };
    if (f && f.type === 'field' && typeof f.value === 'string') fields[k] = f.value;
  }
  return { filename: file.filename, bytes, fields };
}

/** Sends a stored file as a download: never rendered inline, never sniffed. */
export function sendDownload(reply: FastifyReply, f: { filename: string; contentType: string; bytes: Buffer }): FastifyReply {
  const ascii = f.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', f.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(f.bytes);
}
