import { DomainError } from '../errors.js';

/**
 * Whether a failure while ingesting a message may pass if the same message is
 * tried again (issue 12 item 1, issue 13 item 2): the database unreachable,
 * restarting, overloaded or out of connections; a serialization failure or
 * deadlock; a lock or statement timeout; our own disk or network I/O failing.
 * Everything else (a DomainError, a bug, bad data) is deterministic: trying
 * again gives the same answer, so it is kept and answered, never retried.
 * Walks `cause` (drizzle wraps the driver's error). Pure.
 */
export function isTransientIngestError(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DomainError) return false;
    const x = e as { code?: unknown; transient?: unknown; message?: unknown };
    if (x.transient === true) return true;
    const code = typeof x.code === 'string' ? x.code : '';
    if (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_ERRNO.has(code)) return true;
    if (typeof x.message === 'string' && TRANSIENT_MESSAGE.test(x.message)) return true;
  }
  return false;
}

// SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P01-03 (shutdown, cannot connect now),
// 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57014 statement timeout/cancel.
const TRANSIENT_SQLSTATE = /^(08...|53...|57P0[1-3]|40001|40P01|55P03|57014)$/;
const TRANSIENT_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOSPC', 'EMFILE', 'ENFILE', 'EIO', 'EBUSY', 'EAGAIN']);
// node-postgres reports a lost or unobtainable connection in words, without a code.
const TRANSIENT_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i;
