/**
 * RFC 3834 and friends: mail written by a machine (auto-replies, vacation
 * notices, list traffic, bounces) never opens a ticket and never gets an
 * answer, so two robots cannot ping-pong (issue 5). Pure.
 */
export type HeaderMap = Record<string, string[]>;

export type Automated = { kind: 'auto_reply' | 'bounce'; reason: string } | null;

const first = (h: HeaderMap, name: string) => (h[name]?.[0] ?? '').trim();

/** Header lines ("Key: value") to a map of lower-cased names to unfolded values. */
export function headerMap(lines: ReadonlyArray<{ key: string; line: string }>): HeaderMap {
  const map: HeaderMap = {};
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    (map[key.toLowerCase()] ??= []).push(value);
  }
  return map;
}

/**
 * Classifies a message: bounce (null or MAILER-DAEMON return path,
 * multipart/report delivery status) or auto-reply (Auto-Submitted other than
 * "no", Precedence bulk/junk/list/auto_reply, X-Autoreply, X-Autorespond).
 * `envelopeFrom` is SMTP's MAIL FROM ('' = the null sender of bounces).
 */
export function classifyAutomated(h: HeaderMap, envelopeFrom?: string | null): Automated {
  const returnPath = envelopeFrom ?? (h['return-path'] ? first(h, 'return-path') : undefined);
  if (returnPath !== undefined && /^<?\s*>?$/.test(returnPath)) return { kind: 'bounce', reason: 'null return path' };
  const daemon = /^<?(mailer-daemon|postmaster)@/i;
  if (returnPath && daemon.test(returnPath)) return { kind: 'bounce', reason: 'return path is a mailer daemon' };
  const from = first(h, 'from');
  if (/(^|<|\s)(mailer-daemon|postmaster)@/i.test(from)) return { kind: 'bounce', reason: 'from a mailer daemon' };
  const ctype = first(h, 'content-type').toLowerCase();
  if (ctype.startsWith('multipart/report')) return { kind: 'bounce', reason: 'multipart/report' };
  const auto = first(h, 'auto-submitted').toLowerCase();
  if (auto && !/^no\b/.test(auto)) return { kind: 'auto_reply', reason: `Auto-Submitted: ${auto.slice(0, 40)}` };
  const precedence = first(h, 'precedence').toLowerCase();
  if (/^(bulk|junk|list|auto_reply)\b/.test(precedence)) return { kind: 'auto_reply', reason: `Precedence: ${precedence.slice(0, 40)}` };
  for (const name of ['x-autoreply', 'x-autorespond']) {
    if (h[name]) return { kind: 'auto_reply', reason: `${name} present` };
  }
  return null;
}
