import { DomainError } from '../../core/errors.js';
import type { NoticePlan, PlannedNotice } from '../../core/maintenance/notice-plan.js';
import type { Db } from '../../storage/db.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import { findProductRow } from '../../storage/products.queries.js';
import { findReleaseRow } from '../../storage/releases.queries.js';
import type { Audience, LocalizedText } from '../../storage/schema/products.js';

/** Titles need at least one language (R-M3: sent in the reader's language, else English, else any). */
export function assertTitles(titles: LocalizedText): void {
  if (!Object.values(titles).some((t) => t && t.trim())) throw new DomainError('VALIDATION_FAILED', 'Give a title in at least one language.', [{ path: 'titles', problem: 'empty' }]);
}

/** Checks the audience (R-M3) and the product and release named. Throws VALIDATION_FAILED. */
export async function assertTargets(db: Db, t: { audience: Audience; customerIds: string[]; productId: string | null; releaseId?: string | null }): Promise<void> {
  const bad = (path: string, problem: string) => new DomainError('VALIDATION_FAILED', `Invalid ${path}: ${problem}.`, [{ path, problem }]);
  if (t.audience === 'product' && !t.productId) throw bad('productId', 'required when the audience is the customers running a product');
  if (t.audience === 'customers' && t.customerIds.length === 0) throw bad('customerIds', 'choose at least one customer');
  if (t.audience !== 'customers' && t.customerIds.length) throw bad('customerIds', 'only with the audience "customers"');
  for (const id of t.customerIds) if (!(await findCustomerRow(db, id))) throw bad('customerIds', `unknown customer ${id}`);
  if (t.productId && !(await findProductRow(db, t.productId))) throw bad('productId', 'unknown product');
  if (t.releaseId) {
    const r = await findReleaseRow(db, t.releaseId);
    if (!r) throw bad('releaseId', 'unknown release');
    if (t.productId && r.productId !== t.productId) throw bad('releaseId', 'belongs to another product');
  }
}

/** R-M1: refuses a plan whose required notice is already past, unless overridden. */
export function assertNoticePeriod(plan: NoticePlan, rule: unknown, now: Date, override: { reason: string } | undefined): void {
  if (!plan.tooLate || override?.reason.trim()) return;
  throw new DomainError('NOTICE_PERIOD_TOO_SHORT', `Too late for the required notice: it had to go out by ${plan.requiredBy!.toISOString()}; the earliest allowed start is ${plan.earliestStart!.toISOString()}.`, {
    rule,
    now: now.toISOString(),
    requiredBy: plan.requiredBy!.toISOString(),
    earliestStart: plan.earliestStart!.toISOString(),
    countedWorkingDays: plan.countedWorkingDays,
  });
}

/** Notice rows of one revision of an operation. */
export function noticeRows(operationId: string, revision: number, notices: PlannedNotice[], now: Date) {
  return notices.map((n) => ({ operationId, revision, key: n.key, dueAt: n.dueAt, createdAt: now }));
}
