import { DomainError } from '../errors.js';

/**
 * Attachment types accepted, by extension. The stored Content-Type comes from
 * this table, never from the uploader's claim; anything a browser could run
 * (HTML, SVG, scripts, executables) is refused.
 */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  txt: 'text/plain', log: 'text/plain', csv: 'text/csv', json: 'application/json', xml: 'application/xml',
  zip: 'application/zip', gz: 'application/gzip', tgz: 'application/gzip', '7z': 'application/x-7z-compressed',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet', eml: 'message/rfc822',
};

export const ACCEPTED_EXTENSIONS = Object.keys(TYPES);

/**
 * Bidirectional controls (LRM, RLM, ALM, the embeddings and overrides, the
 * isolates): "invoice\u202Etxt.exe" shows as "invoiceexe.txt" (issue 13 item 8).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are what must go
const CONTROLS_AND_QUOTE = /[\u0000-\u001f\u007f"]/g;

/** A filename safe to store and to send back in Content-Disposition (no paths, no control or bidi characters). */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(CONTROLS_AND_QUOTE, '').replace(BIDI_CONTROLS, '').trim().slice(0, 200);
  return clean || 'attachment';
}

/** Throws ATTACHMENT_TYPE_NOT_ALLOWED or ATTACHMENT_TOO_LARGE; returns the stored content type. */
export function checkAttachment(filename: string, sizeBytes: number, maxBytes: number): { filename: string; contentType: string } {
  const name = cleanFilename(filename);
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const contentType = TYPES[ext];
  if (!contentType) {
    throw new DomainError('ATTACHMENT_TYPE_NOT_ALLOWED', `Files of type .${ext || '?'} are not accepted.`, { accepted: ACCEPTED_EXTENSIONS });
  }
  if (sizeBytes > maxBytes) {
    throw new DomainError('ATTACHMENT_TOO_LARGE', `The file is larger than ${Math.floor(maxBytes / 1048576)} MB.`, { maxBytes });
  }
  return { filename: name, contentType };
}
