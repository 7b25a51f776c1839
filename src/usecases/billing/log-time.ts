import type { Actor } from '../../core/actor.js';
import type { Activity } from '../../core/billing/billing-units.js';
import { dateInZone } from '../../core/billing/local-date.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { insertFreeTask } from '../../storage/billing-terms.queries.js';
import { insertTimeEntryRow } from '../../storage/billing-time.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { lockContract } from '../../storage/tickets.queries.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertStaff } from '../../core/billing/billing-access.js';
import { ESTIMATE_CATEGORIES, loadTicketBilling } from './load-ticket-billing.js';
import { presentTimeEntry, type TimeEntryView } from '../../presenters/billing/present-time-entry.js';

export interface LogTimeInput {
  actor: Actor;
  ticketId: string;
  /** 'YYYY-MM-DD', not after today in the customer's zone nor before the ticket was reported. */
  workDate: string;
  activity: Activity;
  /** Minutes worked (1..1440); billing rounds to started units later (R-B7). */
  minutes: number;
  note?: string;
  /** Overrides the chargeability default; a different value needs `overrideReason`. */
  billable?: boolean;
  overrideReason?: string;
}

/**
 * R-B7: logs an agent's time on a ticket. Billable by default as the
 * ticket's chargeability says (R-B1..R-B6; unclassified: not billable); an
 * override is recorded with its reason. Billable time on a configuration or
 * change request needs the approved estimate's current phase (R-B4, R-B6).
 * The first time on a configuration request covered by a free task claims one
 * of the year's free tasks (under the contract's row lock). Recorded in the
 * ticket's history (internal). Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED,
 * REASON_REQUIRED, ESTIMATE_NOT_APPROVED.
 */
export async function logTime(deps: { db: Db; clock: Clock }, input: LogTimeInput): Promise<TimeEntryView> {
  const actor = input.actor;
  assertStaff(actor);
  if (!isIsoDate(input.workDate)) throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'body.workDate', problem: 'expected YYYY-MM-DD' }]);
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) {
    throw new DomainError('VALIDATION_FAILED', 'Minutes are 1 to 1440.', [{ path: 'body.minutes', problem: 'out of range' }]);
  }
  const { result } = await changeTicket(deps, actor, input.ticketId, async (c) => {
    await lockContract(c.tx, c.ticket.contractId);
    const b = await loadTicketBilling(c.tx, c.ticket);
    const customer = await findCustomerRow(c.tx, c.ticket.customerId);
    const today = dateInZone(c.now, customer?.timeZone ?? 'UTC');
    if (input.workDate > today || input.workDate < b.reportedOn) {
      throw new DomainError('VALIDATION_FAILED', 'Time is logged between the day the ticket was reported and today.', [{ path: 'body.workDate', problem: `expected ${b.reportedOn}..${today}` }]);
    }
    const billableDefault = b.chargeability?.billable ?? false;
    const billable = input.billable ?? billableDefault;
    const reason = input.overrideReason?.trim() ?? '';
    if (billable !== billableDefault && !reason) {
      throw new DomainError('REASON_REQUIRED', 'Say why this time is billed differently from the ticket\'s chargeability.', [{ path: 'body.overrideReason', problem: 'required' }]);
    }
    const needsGate = billable && (ESTIMATE_CATEGORIES as readonly string[]).includes(c.ticket.category ?? '');
    if (needsGate && b.gate && !b.gate.allowed) throw new DomainError('ESTIMATE_NOT_APPROVED', b.gate.reason, { ticketId: c.ticket.id });
    const gate = needsGate && b.gate?.allowed ? b.gate : null;
    if (!billable && b.chargeability?.freeTask === 'available') {
      await insertFreeTask(c.tx, { ticketId: c.ticket.id, contractId: c.ticket.contractId, year: Number(b.reportedOn.slice(0, 4)), claimedAt: c.now });
      await c.record('free_configuration_task_used', { year: Number(b.reportedOn.slice(0, 4)) }, true);
    }
    const e = await insertTimeEntryRow(c.tx, {
      ticketId: c.ticket.id, customerId: c.ticket.customerId, contractId: c.ticket.contractId, userId: actor.id, workDate: input.workDate,
      activity: input.activity, minutes: input.minutes, note: input.note?.trim() ?? '', billable, billableDefault, ruleId: b.chargeability?.ruleId ?? null,
      overrideReason: billable !== billableDefault ? reason : null, estimateId: gate?.estimateId ?? null, phaseId: gate?.phaseId ?? null, createdAt: c.now,
    });
    await c.record('time_logged', { entryId: e.id, minutes: e.minutes, activity: e.activity, billable, ...(e.overrideReason ? { overrideReason: e.overrideReason } : {}) }, true);
    return presentTimeEntry({ ...e, userName: actor.name, invoiceId: null });
  });
  return result;
}
