import { formatAddress } from './addresses.js';
import { outboundMessageId, replyAddressFor, ticketThreadId } from './reply-token.js';

/**
 * What the transport sends for one outbox row. Built at delivery time from
 * the row and the mail settings, so a retry sends the same Message-ID
 * (an ambiguous failure never makes two different messages of one row).
 * Every header value is one line: CR/LF never reach the wire. Pure.
 */
export interface OutboundMessage {
  from: string;
  /** Always the row's stored address (a contact's or user's), never a Reply-To from inbound mail. */
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  replyTo: string | null;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string>;
  /** SMTP envelope: exactly the stored recipient, whatever the header text says. */
  envelope: { from: string; to: string };
}

export interface OutboxRowLike {
  id: string;
  toAddress: string;
  toName: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  ticketId: string | null;
  /** A mail that asks for a decision carries its own token (bound to this one message) instead of the ticket's. */
  replyToken?: string | null;
}

export interface MailIdentity {
  from: { name: string; address: string };
  replyAddress: string | null;
  messageIdDomain: string;
}

/** Thread facts for a ticket: its reply token and, when it came by mail, the Message-ID that opened it. */
export interface ThreadInfo {
  token: string;
  openingMessageId: string | null;
}

// eslint-disable-next-line no-control-regex -- control characters (CR, LF, …) are exactly what is removed
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
const RESERVED = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'message-id', 'reply-to', 'in-reply-to', 'references', 'sender', 'return-path', 'date']);

export function composeOutbound(row: OutboxRowLike, identity: MailIdentity, thread: ThreadInfo | null): OutboundMessage {
  const domain = identity.messageIdDomain;
  // The thread root keeps the ticket's token; Reply-To and Message-ID carry the row's own when it has one.
  const token = thread ? (row.replyToken ?? thread.token) : null;
  const references = thread ? [thread.openingMessageId, ticketThreadId(thread.token, domain)].filter((x): x is string => !!x).map(oneLine) : [];
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.headers ?? {})) {
    const name = k.replace(/[^A-Za-z0-9-]/g, '');
    // Addressing and threading headers come only from here, never from a stored row.
    if (name && !RESERVED.has(name.toLowerCase())) headers[name] = oneLine(String(v));
  }
  return {
    from: formatAddress(identity.from.name, identity.from.address),
    to: formatAddress(oneLine(row.toName), oneLine(row.toAddress)),
    subject: oneLine(row.subject),
    text: row.textBody,
    html: row.htmlBody,
    messageId: `<${outboundMessageId(row.id, token, domain)}>`,
    replyTo: token && identity.replyAddress ? replyAddressFor(identity.replyAddress, token) : null,
    inReplyTo: references.length ? `<${references[0]}>` : null,
    references: references.map((r) => `<${r}>`),
    headers,
    envelope: { from: identity.from.address, to: oneLine(row.toAddress) },
  };
}
