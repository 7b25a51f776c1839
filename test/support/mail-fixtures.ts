import { randomBytes } from 'node:crypto';

/** A raw RFC 5322 message built by hand, so tests control every header byte. */
export interface RawMailSpec {
  from: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject?: string;
  /** Without angle brackets; null: no Message-ID header at all. */
  messageId?: string | null;
  inReplyTo?: string;
  references?: string;
  date?: string;
  headers?: Record<string, string>;
  text?: string;
  html?: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
  /** Overrides the top-level Content-Type (e.g. multipart/report). */
  contentType?: string;
}

export const uniqueMessageId = (tag = 'm') => `${tag}.${randomBytes(6).toString('hex')}@sender.test`;

/** RFC 2047 encoded word (UTF-8, base64): lets a test smuggle CR/LF into a decoded header. */
export const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

export function rawMail(spec: RawMailSpec): Buffer {
  const h: string[] = [`From: ${spec.from}`, `To: ${spec.to ?? 'support@desk.test'}`];
  if (spec.cc) h.push(`Cc: ${spec.cc}`);
  if (spec.replyTo) h.push(`Reply-To: ${spec.replyTo}`);
  h.push(`Subject: ${spec.subject ?? 'Help needed'}`, `Date: ${spec.date ?? 'Fri, 20 Nov 2026 10:00:00 +0000'}`);
  const mid = spec.messageId === undefined ? uniqueMessageId() : spec.messageId;
  if (mid) h.push(`Message-ID: <${mid}>`);
  if (spec.inReplyTo) h.push(`In-Reply-To: ${spec.inReplyTo}`);
  if (spec.references) h.push(`References: ${spec.references}`);
  for (const [k, v] of Object.entries(spec.headers ?? {})) h.push(`${k}: ${v}`);
  h.push('MIME-Version: 1.0');
  const text = spec.text ?? 'The server is down.';
  const atts = spec.attachments ?? [];
  if (!spec.html && atts.length === 0 && !spec.contentType) {
    h.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
    return Buffer.from(`${h.join('\r\n')}\r\n\r\n${text.replace(/\n/g, '\r\n')}\r\n`, 'utf8');
  }
  const b = `b_${randomBytes(6).toString('hex')}`;
  h.push(`Content-Type: ${spec.contentType ?? 'multipart/mixed'}; boundary="${b}"`);
  const parts = [`Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, '\r\n')}`];
  if (spec.html) parts.push(`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${spec.html}`);
  for (const a of atts) {
    const b64 = a.content.toString('base64').replace(/.{76}/g, '$&\r\n');
    parts.push(`Content-Type: ${a.contentType}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`);
  }
  const body = parts.map((p) => `--${b}\r\n${p}\r\n`).join('') + `--${b}--\r\n`;
  return Buffer.from(`${h.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}
