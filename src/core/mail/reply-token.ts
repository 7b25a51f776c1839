/**
 * The per-ticket reply token (unguessable, 18 random bytes in base64url) rides
 * in the Reply-To address (support+{token}@domain) and in the Message-IDs
 * Coverdesk sends, so a reply lands on the right ticket (issue 5). Pure.
 */
const TOKEN = '[A-Za-z0-9_-]{16,64}';

/** The Reply-To address for a ticket, from a pattern such as `support+{token}@example.com`. */
export function replyAddressFor(pattern: string, token: string): string {
  return pattern.replace('{token}', token);
}

/** The token in an address that matches the pattern, or null. Case-insensitive on the fixed parts. */
export function tokenFromAddress(pattern: string | null, address: string): string | null {
  if (!pattern) return null;
  const [before, after] = pattern.split('{token}') as [string, string];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^${esc(before)}(${TOKEN})${esc(after)}$`, 'i').exec(address.trim());
  return m ? m[1]! : null;
}

/** Message-ID of one outbox row: stable across retries, carries the ticket's token. */
export function outboundMessageId(rowId: string, token: string | null, domain: string): string {
  return `cd.${rowId}.${token ?? 'none'}@${domain}`;
}

/** The outbox row (and token) of a Message-ID this desk sent at `domain`, or null. */
export function outboxRowOfMessageId(id: string, domain: string): { rowId: string; token: string | null } | null {
  const m = new RegExp(`^cd\\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(none|${TOKEN})@(.+)$`, 'i').exec(id.trim().replace(/^<|>$/g, ''));
  if (!m || m[3]!.toLowerCase() !== domain.toLowerCase()) return null;
  return { rowId: m[1]!.toLowerCase(), token: m[2] === 'none' ? null : m[2]! };
}

/** The thread root every message of a ticket refers to. */
export function ticketThreadId(token: string, domain: string): string {
  return `cd.ticket.${token}@${domain}`;
}

/** The token in a Message-ID Coverdesk made (outbound or thread root), or null. */
export function tokenFromMessageId(id: string): string | null {
  const m = new RegExp(`^cd\\.(?:ticket|[0-9a-f-]{36})\\.(${TOKEN})@`).exec(id);
  return m ? m[1]! : null;
}

/** A ticket number quoted in a subject (`[#1234]`, `#1234`); never enough on its own to attach mail. */
export function ticketNumberInSubject(subject: string): number | null {
  const m = /(?:^|[\s[(])#(\d{1,12})\b/.exec(subject);
  return m ? Number(m[1]) : null;
}
