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

/** A delivery status notification (RFC 3464) from a mailer daemon about `originalMessageId` (with its angle brackets). */
export function dsnMail(spec: { originalMessageId: string; recipient: string; action?: string; status?: string; diagnostic?: string; returned?: 'headers' | 'message' }): Buffer {
  const b = `r_${randomBytes(6).toString('hex')}`;
  const status = [
    'Reporting-MTA: dns; mx.customer.test',
    '',
    `Final-Recipient: rfc822; ${spec.recipient}`,
    `Action: ${spec.action ?? 'failed'}`,
    `Status: ${spec.status ?? '5.1.1'}`,
    `Diagnostic-Code: smtp; ${spec.diagnostic ?? `550 5.1.1 <${spec.recipient}>: Recipient address\r\n    rejected: User unknown`}`,
  ].join('\r\n');
  const original = [`From: Support <support@desk.test>`, `To: ${spec.recipient}`, 'Subject: [#1] We received your request', `Message-ID: ${spec.originalMessageId}`].join('\r\n');
  const returned = spec.returned === 'message' ? `Content-Type: message/rfc822\r\n\r\n${original}\r\n\r\nThe body.` : `Content-Type: text/rfc822-headers\r\n\r\n${original}\r\n`;
  const parts = ['Content-Type: text/plain; charset=us-ascii\r\n\r\nYour message could not be delivered.', `Content-Type: message/delivery-status\r\n\r\n${status}\r\n`, returned];
  const headers = [
    'Return-Path: <>',
    'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
    'To: support@desk.test',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Fri, 20 Nov 2026 10:05:00 +0000',
    `Message-ID: <${uniqueMessageId('dsn')}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${parts.map((p) => `--${b}\r\n${p}\r\n`).join('')}--${b}--\r\n`, 'utf8');
}
