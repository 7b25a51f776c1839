import { DomainError } from '../../core/errors.js';
import { uniqueViolation } from '../../storage/sql-helpers.js';

/**
 * Turns a unique-index violation from the contacts table into its coded
 * error (the indexes back up the checks made under the customer lock).
 */
export function mapContactConflict(e: unknown): unknown {
  const constraint = uniqueViolation(e);
  if (constraint === 'contacts_one_administrator') {
    return new DomainError('ADMINISTRATOR_EXISTS', 'The customer already has an administrator contact.', { path: 'isAdministrator' });
  }
  if (constraint !== null) return new DomainError('CONFLICT', 'That email is already in use.', [{ path: 'email', problem: 'already in use' }]);
  return e;
}
