import type { TimeEntryListRow } from '../../storage/billing-time.queries.js';
import type { TimeEntryView } from '../../views/billing.js';

export type { TimeEntryView };

/** A time entry as the API shows it; `invoiceId` is set once a live invoice bills it (then it is fixed). */
export function presentTimeEntry(e: TimeEntryListRow): TimeEntryView {
  return {
    id: e.id, ticketId: e.ticketId, userId: e.userId, userName: e.userName, workDate: e.workDate, activity: e.activity, minutes: e.minutes, note: e.note,
    billable: e.billable, billableDefault: e.billableDefault, ruleId: e.ruleId, overrideReason: e.overrideReason,
    estimateId: e.estimateId, phaseId: e.phaseId, invoiceId: e.invoiceId, createdAt: e.createdAt.toISOString(),
  };
}
