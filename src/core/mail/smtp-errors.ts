/**
 * SMTP failures: temporary ones (no connection, timeouts, 4xx answers,
 * authentication trouble that an operator fixes) are retried with backoff;
 * permanent ones (5xx answers about this message or recipient) are not.
 * Pure.
 */
export interface SmtpErrorLike {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

export type FailureKind = 'temporary' | 'permanent';

export function classifySmtpError(e: SmtpErrorLike): FailureKind {
  // A rejected login is the operator's to fix, not this message's fault: keep retrying until the max age.
  if (e.code === 'EAUTH') return 'temporary';
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return 'permanent';
  return 'temporary';
}

/**
 * The server itself is unreachable or unavailable (no connection, timeout,
 * 421): trying the rest of a batch now would only wait out more timeouts.
 */
export function isServerUnavailable(e: SmtpErrorLike): boolean {
  return e.responseCode === 421 || ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'EAUTH', 'ETLS'].includes(e.code ?? '');
}

/** The server's answer when there is one (what admins need to see), else the error message; one line. */
export function describeSmtpError(e: SmtpErrorLike): string {
  const text = e.response || e.message || String(e);
  const prefix = e.code && !text.includes(e.code) ? `${e.code}: ` : '';
  return `${prefix}${text}`.replace(/[\r\n]+/g, ' ').trim().slice(0, 2000);
}

/**
 * Exponential backoff with jitter: base · 2^(attempt-1), capped, then spread
 * over ±20 % (never past the cap) so messages failing together do not retry together.
 * `attempt` counts from 1; `random` returns [0, 1). Seconds.
 */
export function retryDelaySeconds(attempt: number, opts: { baseSeconds: number; capSeconds: number }, random: () => number): number {
  const exp = Math.min(opts.capSeconds, opts.baseSeconds * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.max(1, Math.min(opts.capSeconds, Math.round(exp * (0.8 + 0.4 * random()))));
}
