import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { localeFromHeaders, normalizeAddress, normalizeMessageId, parseMessageIds } from '../../core/mail/addresses.js';
import { classifyAutomated, headerMap, type Automated, type HeaderMap } from '../../core/mail/automated.js';
import { htmlToPlainText } from '../../core/mail/html-text.js';
import { headerSafe, type Locale } from '../../core/notifications/render.js';
import { sanitizeBodyHtml } from '../../core/tickets/body.js';

export interface InboundAttachment {
  filename: string;
  content: Buffer;
}

/** One inbound message, parsed and reduced to what ingest needs. */
export interface ParsedInbound {
  messageId: string | null;
  /** The cross-mailbox key: the Message-ID, or a hash of sender, date, subject and text. */
  dedupeKey: string;
  from: { address: string; name: string };
  /** To, Cc and the SMTP envelope recipients, normalized. Never Reply-To: replies go to stored addresses only. */
  recipients: string[];
  subject: string;
  inReplyTo: string[];
  references: string[];
  text: string;
  html: string | null;
  attachments: InboundAttachment[];
  /** Text of the message/* and text/rfc822-headers parts (a bounce's report and returned headers), 64 KB each at most. */
  reports: string[];
  headers: HeaderMap;
  automated: Automated;
  locale: Locale | null;
}

/** Why a message could not be parsed: over the time budget, over the memory budget, or not readable as mail. */
export type UnparseableReason = 'timeout' | 'memory' | 'malformed';

/** The message itself cannot be parsed (never the desk's own trouble): it is kept raw, never retried. */
export class MailParseError extends Error {
  readonly reason: UnparseableReason;
  constructor(reason: UnparseableReason, message: string) {
    super(message);
    this.reason = reason;
    this.name = 'MailParseError';
  }
}

/** Raw HTML above this is not sanitized for display: the text (from the text part or from the HTML) stands for it. */
export const HTML_INPUT_MAX_CHARS = 4 * 1024 * 1024;
/** Sanitized HTML above this is not kept for display: every later pass over it runs on the main thread. */
export const HTML_KEPT_MAX_CHARS = 128 * 1024;
/** Text kept for the ticket; beyond it the body ends in "[…]" (the whole message stays in the inbound log's raw copy). */
export const TEXT_KEPT_MAX_CHARS = 256 * 1024;
const keptText = (t: string) => (t.length > TEXT_KEPT_MAX_CHARS ? `${t.slice(0, TEXT_KEPT_MAX_CHARS)}\n\n[…]` : t);

/**
 * The HTML kept for display: sanitized here (in the parse worker, under its
 * budget), nesting capped, and small enough that re-sanitizing it in the
 * request path is cheap. Null when there is none or it is too large.
 */
function displayHtml(html: string | false | undefined): string | null {
  if (typeof html !== 'string' || !html.trim() || html.length > HTML_INPUT_MAX_CHARS) return null;
  const safe = sanitizeBodyHtml(html);
  return safe.trim() && safe.length <= HTML_KEPT_MAX_CHARS ? safe : null;
}

/**
 * The From address only when it is written as such in the header: an encoded
 * word is never an address (RFC 2047 section 5), but the parser decodes
 * `From: =?UTF-8?Q?admin@customer.test?=` into one (found by the hostile-mail corpus).
 */
function literalAddress(headerLines: ReadonlyArray<{ key: string; line: string }>, address: string): string {
  const line = (headerLines.find((h) => h.key === 'from')?.line.toLowerCase() ?? '').replace(/=\?[^?\s]+\?[bq]\?[^?\s]*\?=/g, ' ');
  return address && line.includes(address) ? address : '';
}

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value);

/**
 * Parses a raw RFC 5322 message with mailparser. `envelope` is what SMTP
 * said (MAIL FROM, '' for the null sender of bounces; RCPT TO); IMAP has none.
 * Mailparser's own HTML-to-text is off (it overflows or goes quadratic on
 * deeply nested HTML); text comes from the text part, else from the HTML in
 * linear time. Runs in a parse worker in production (src/mail/parse-pool.ts).
 * Throws MailParseError('malformed') when the message cannot be read.
 */
export async function parseInbound(raw: Buffer, envelope: { from?: string | null; to?: string[] } = {}): Promise<ParsedInbound> {
  try {
    return await parseWithMailparser(raw, envelope);
  } catch (err) {
    throw new MailParseError('malformed', err instanceof Error ? err.message : String(err));
  }
}

async function parseWithMailparser(raw: Buffer, envelope: { from?: string | null; to?: string[] }): Promise<ParsedInbound> {
  const m = await simpleParser(raw, { skipHtmlToText: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const headers = headerMap(m.headerLines);
  const sender = addresses(m.from)[0];
  const from = { address: literalAddress(m.headerLines, normalizeAddress(sender?.address)), name: headerSafe(sender?.name ?? '') };
  const subject = headerSafe(m.subject ?? '').slice(0, 500);
  const rawHtml = typeof m.html === 'string' ? m.html : '';
  const text = (m.text || (rawHtml ? htmlToPlainText(rawHtml) : '')).replace(/\r\n?/g, '\n').trim();
  const messageId = normalizeMessageId(m.messageId);
  const dateIso = m.date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : '';
  const hash = createHash('sha256').update([from.address, dateIso, subject, text].join('\n')).digest('hex');
  const recipients = [...addresses(m.to), ...addresses(m.cc)].map((a) => normalizeAddress(a.address)).concat((envelope.to ?? []).map(normalizeAddress));
  return {
    messageId,
    dedupeKey: messageId ? `mid:${messageId}` : `sha256:${hash}`,
    from,
    recipients: [...new Set(recipients.filter(Boolean))],
    subject,
    inReplyTo: parseMessageIds(m.inReplyTo),
    references: parseMessageIds(m.references),
    text: keptText(text),
    html: displayHtml(m.html),
    attachments: m.attachments.map((a) => ({ filename: a.filename ?? `attachment.${(a.contentType.split('/')[1] ?? 'bin').replace(/[^a-z0-9]/gi, '')}`, content: a.content })),
    reports: m.attachments.filter((a) => /^(message\/|text\/rfc822-headers)/i.test(a.contentType)).map((a) => a.content.subarray(0, 65_536).toString('utf8')),
    headers,
    automated: classifyAutomated(headers, envelope.from),
    locale: localeFromHeaders([headers['content-language']?.[0], headers['accept-language']?.[0]]),
  };
}
