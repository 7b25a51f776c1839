import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';

/** Fields of a contact a caller may set. */
export interface ContactFields {
  email?: string;
  name?: string;
  phone?: string;
  locale?: 'en' | 'es' | 'el';
  timeZone?: string;
  isAuthorized?: boolean;
  isAdministrator?: boolean;
  /** Staff only: sets the portal password (argon2id). */
  password?: string;
}

/** Fields only staff may set: a customer's administrator contact manages colleagues, not the administrator role or passwords. */
const STAFF_ONLY = ['isAdministrator', 'password'] as const;

/**
 * Checks fields before any write: FIELD_NOT_ALLOWED for a contact setting a
 * staff-only field, VALIDATION_FAILED for an unknown zone or weak password.
 * Returns the password hash to store (undefined = leave unchanged).
 */
export async function prepareContactFields(actor: Actor, f: ContactFields): Promise<string | undefined> {
  if (actor.kind === 'contact') {
    const bad = STAFF_ONLY.filter((k) => f[k] !== undefined);
    if (bad.length) {
      throw new DomainError('FIELD_NOT_ALLOWED', `A contact may not set ${bad.join(', ')}.`, bad.map((k) => ({ path: k, problem: 'staff only' })));
    }
  }
  if (f.timeZone !== undefined && !isTimeZone(f.timeZone)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${f.timeZone}.`, [{ path: 'timeZone', problem: 'unknown IANA zone' }]);
  }
  if (f.password === undefined) return undefined;
  const weak = passwordProblem(f.password);
  if (weak) throw new DomainError('VALIDATION_FAILED', weak, [{ path: 'password', problem: weak }]);
  return hashPassword(f.password);
}
