import { under } from '../../core/catalogue/issues.js';
import { checkPlanTerms } from '../../core/catalogue/plan-terms-check.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import { DomainError } from '../../core/errors.js';
import { findCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { listSeverityCodes } from '../../storage/severities.queries.js';

/**
 * R-P1: throws INVALID_PLAN (paths under 'terms') when the terms name a
 * missing or archived calendar, unknown severities, or are otherwise inconsistent.
 */
export async function assertPlanTerms(db: Db, terms: PlanTerms): Promise<void> {
  const cal = terms.calendarId ? await findCalendarRow(db, terms.calendarId) : null;
  const issues = checkPlanTerms(terms, { severityCodes: await listSeverityCodes(db), calendarExists: cal !== null && cal.archivedAt === null });
  if (issues.length) throw new DomainError('INVALID_PLAN', 'The plan terms are invalid.', under('terms', issues));
}
