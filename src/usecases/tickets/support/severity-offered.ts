import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../storage/db.js';
import { listSeverityRows } from '../../../storage/severities.queries.js';
import type { PlanVersionRow } from '../../../storage/ticket-context.queries.js';
import { offersSeverity } from '../../../core/tickets/sla-input.js';

/**
 * R-K2, R-S1: the severity must exist and be one the plan version takes (see
 * offersSeverity: listed, '*', a default severity, or no targets at all).
 * Throws INVALID_SEVERITY listing the offered ones.
 */
export async function assertSeverityOffered(db: Db, pv: PlanVersionRow, severity: string): Promise<void> {
  const known = (await listSeverityRows(db, { archived: false }, { limit: 200, offset: 0 })).rows.map((r) => r.code);
  const offered = known.filter((c) => offersSeverity(pv.targets as Record<string, unknown>, c, pv.defaultSeverity));
  if (!offered.includes(severity)) {
    throw new DomainError('INVALID_SEVERITY', `Severity "${severity}" is not offered by this plan.`, { offered });
  }
}
