import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { localeFromHeaders, normalizeAddress, normalizeMessageId, parseMessageIds } from '../../core/mail/addresses.js';
import { classifyAutomated, headerMap, type Automated, type HeaderMap } from '../../core/mail/automated.js';
import { headerSafe, type Locale } from '../../core/notifications/render.js';

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

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value);

/**
 * Parses a raw RFC 5322 message with mailparser. `envelope` is what SMTP
 * said (MAIL FROM, '' for the null sender of bounces; RCPT TO); IMAP has none.
 */
export async function parseInbound(raw: Buffer, envelope: { from?: string | null; to?: string[] } = {}): Promise<ParsedInbound> {
  const m = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const headers = headerMap(m.headerLines);
  const sender = addresses(m.from)[0];
  const from = { address: normalizeAddress(sender?.address), name: headerSafe(sender?.name ?? '') };
  const subject = headerSafe(m.subject ?? '').slice(0, 500);
  const text = (m.text ?? '').replace(/\r\n?/g, '\n').trim();
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
    text,
    html: typeof m.html === 'string' && m.html.trim() ? m.html : null,
    attachments: m.attachments.map((a) => ({ filename: a.filename ?? `attachment.${(a.contentType.split('/')[1] ?? 'bin').replace(/[^a-z0-9]/gi, '')}`, content: a.content })),
    reports: m.attachments.filter((a) => /^(message\/|text\/rfc822-headers)/i.test(a.contentType)).map((a) => a.content.subarray(0, 65_536).toString('utf8')),
    headers,
    automated: classifyAutomated(headers, envelope.from),
    locale: localeFromHeaders([headers['content-language']?.[0], headers['accept-language']?.[0]]),
  };
}
