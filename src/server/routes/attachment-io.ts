import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, isDomainError } from '../../core/errors.js';
import { cleanFilename } from '../../core/tickets/attachment-policy.js';
import { assertStorableText } from '../plugins/input-text.js';

/**
 * Reads the single file of a multipart upload; the size limit is enforced while
 * streaming. A body that cannot be read (no boundary, truncated, malformed part
 * headers, more parts or fields than allowed) is MALFORMED_BODY (400), not a
 * 500 (issue 13 item 8); text fields holding a NUL are INVALID_TEXT.
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<{ filename: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!req.isMultipart()) {
    throw new DomainError('VALIDATION_FAILED', 'Send the file as multipart/form-data with a "file" field.', [{ path: 'body.file', problem: 'missing' }]);
  }
  try {
    const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!file) throw new DomainError('VALIDATION_FAILED', 'No file in the upload.', [{ path: 'body.file', problem: 'missing' }]);
    const bytes = await file.toBuffer();
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(file.fields)) {
      const f = v as { type?: string; value?: unknown };
      if (f && f.type === 'field' && typeof f.value === 'string') fields[k] = f.value;
    }
    assertStorableText(fields, 'body');
    return { filename: file.filename, bytes, fields };
  } catch (e) {
    throw uploadError(e, maxBytes);
  }
}

function uploadError(e: unknown, maxBytes: number): DomainError {
  if (isDomainError(e)) return e;
  const code = (e as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new DomainError('ATTACHMENT_TOO_LARGE', `The file is larger than ${Math.floor(maxBytes / 1048576)} MB.`, { maxBytes });
  const reason = e instanceof Error ? e.message : String(e);
  return new DomainError('MALFORMED_BODY', 'The upload could not be read: send one file as multipart/form-data with at most 10 fields.', { reason });
}

// Types a browser may render or run when opened directly (XML can carry scripts and XSLT):
// sent as bytes to save, never as a document (issue 13 item 8).
const SAVE_ONLY = new Set(['application/xml', 'text/xml']);

/**
 * Sends a stored file as a download: never rendered inline, never sniffed, and
 * sandboxed by its own CSP should a browser open it anyway. The name loses
 * control and bidirectional characters (files stored before that rule too).
 */
export function sendDownload(reply: FastifyReply, f: { filename: string; contentType: string; bytes: Buffer }): FastifyReply {
  const name = cleanFilename(f.filename);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const type = SAVE_ONLY.has(f.contentType.split(';')[0]!.trim()) ? 'application/octet-stream' : f.contentType;
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(f.bytes);
}
