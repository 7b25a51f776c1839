/**
 * Sender authentication from the receiving MTA's verdict (RFC 8601
 * Authentication-Results). Coverdesk does not query DNS itself: the MTA in
 * front of it (or the one holding the IMAP mailbox) checks SPF, DKIM and DMARC
 * and writes its results under its own authserv-id, removing any header with
 * that id that came from outside. Only headers with the trusted id count.
 * Written here because it is a few lines of our own policy over a simple
 * header; the verification itself stays with the MTA. Pure.
 */
export interface SenderVerdict {
  /** pass: DMARC passed, or DKIM or SPF passed for a domain aligned with From; none: no trusted result at all. */
  verdict: 'pass' | 'fail' | 'none';
  /** The results the trusted server gave, e.g. "dmarc=fail spf=pass(smtp.mailfrom=x.test)". */
  results: string;
}

interface Result {
  method: string;
  result: string;
  props: Record<string, string>;
}

const stripComments = (v: string) => {
  let s = v;
  for (let i = 0; i < 5 && /\([^()]*\)/.test(s); i++) s = s.replace(/\([^()]*\)/g, ' ');
  return s;
};

/** Parses one header value: its authserv-id and its results ('none' has no results). */
export function parseAuthenticationResults(value: string): { authservId: string; results: Result[] } {
  const [head = '', ...rest] = stripComments(value).split(';');
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const results: Result[] = [];
  for (const part of rest) {
    const tokens = part.trim().match(/[^\s=]+=(?:"[^"]*"|[^\s]*)/g) ?? [];
    const [first, ...others] = tokens;
    if (!first) continue;
    const [method, result] = first.split('=') as [string, string];
    const props: Record<string, string> = {};
    for (const t of others) {
      const i = t.indexOf('=');
      props[t.slice(0, i).toLowerCase()] = t.slice(i + 1).replace(/^"|"$/g, '').toLowerCase();
    }
    results.push({ method: method.split('/')[0]!.toLowerCase(), result: (result ?? '').toLowerCase(), props });
  }
  return { authservId, results };
}

const domainOf = (v: string | undefined) => (v ? (v.includes('@') ? v.slice(v.lastIndexOf('@') + 1) : v).replace(/^<|>$/g, '').toLowerCase() : '');

/** Relaxed alignment, without a public-suffix list: equal, or one a subdomain of the other. */
export function aligned(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The verdict on mail From `fromAddress`, from the header values the trusted `authservId` wrote. */
export function senderVerdict(headerValues: string[], authservId: string, fromAddress: string): SenderVerdict {
  const fromDomain = domainOf(fromAddress);
  const trusted = headerValues.map(parseAuthenticationResults).filter((h) => h.authservId === authservId.toLowerCase());
  const results = trusted.flatMap((h) => h.results);
  const text = results.map((r) => `${r.method}=${r.result}`).join(' ');
  if (trusted.length === 0) return { verdict: 'none', results: '' };
  const pass = results.some((r) => {
    if (r.result !== 'pass') return false;
    if (r.method === 'dmarc') return !r.props['header.from'] || aligned(domainOf(r.props['header.from']), fromDomain);
    if (r.method === 'dkim') return aligned(domainOf(r.props['header.d'] ?? r.props['header.i']), fromDomain);
    if (r.method === 'spf') return aligned(domainOf(r.props['smtp.mailfrom']), fromDomain);
    return false;
  });
  const dmarcFailed = results.some((r) => r.method === 'dmarc' && r.result === 'fail');
  return { verdict: pass && !dmarcFailed ? 'pass' : 'fail', results: text };
}
