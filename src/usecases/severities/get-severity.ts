import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findSeverityRow } from '../../storage/severities.queries.js';
import { presentSeverity, type SeverityView } from '../../presenters/severities/present-severity.js';
import { authorize, STAFF } from '../../core/access.js';

/** One severity by code (R-K2). Throws NOT_FOUND. */
export async function getSeverity(deps: { db: Db }, input: { actor: Actor; code: string }): Promise<SeverityView> {
  authorize(input.actor, STAFF);
  const r = await findSeverityRow(deps.db, input.code);
  if (!r) throw new DomainError('NOT_FOUND', 'No such severity.');
  return presentSeverity(r);
}
