import type { Actor } from '../../core/actor.js';
import type { Channel } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { allowanceLeft, contractYearStart, isInGoLiveGrace } from '../../core/tickets/allowance.js';
import { normalizeBody } from '../../core/tickets/body.js';
import { decideIntake, type IntakeRefusalCode } from '../../core/tickets/intake.js';
import { localDateIn } from '../../core/zones.js';
import { listActiveContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';
import type { Category } from '../../storage/schema/tickets.js';
import { findPlanName, findRequester } from '../../storage/ticket-context.queries.js';
import { allowanceUsage, insertTicketEvent, insertTicketRow, lockContract, type TicketRow } from '../../storage/tickets.queries.js';
import { insertUnentitledRequest } from '../../storage/unentitled.queries.js';
import { randomToken } from '../auth/crypto.js';
import { notifyTicketRegistered } from '../notifications/notify-ticket-registered.js';
import { notifyAllowanceThresholds } from '../notifications/notify-allowance-thresholds.js';
import { recomputeTicketSla } from './recompute-ticket-sla.js';
import { assertSeverityOffered } from './severity-offered.js';

export interface RegisterTicketInput {
  actor: Actor;
  channel: Channel;
  /** The contact the ticket is for (the caller itself on portal/API/email). */
  requesterId: string;
  /** Phone: the call's instant (R-K1, clocks start there). Defaults to now. */
  registeredAt?: Date;
  subject: string;
  body: { text?: string; html?: string };
  /** The severity the contact proposes (R-K2). */
  severity: string;
  category?: Category | null;
  /** Where it came from (e.g. an email's Message-ID), kept with a refusal. */
  source?: Record<string, unknown>;
  /**
   * Staff converting, or the customer's administrator approving, a refused
   * request: the intake checks are set aside (recorded with the reason) but a
   * contract must be in force; beyond the allowance the ticket is overage.
   */
  override?: { reason: string; fromRequestId: string };
}

export type RegisterTicketResult =
  | { kind: 'registered'; ticket: TicketRow }
  | { kind: 'refused'; code: IntakeRefusalCode; message: string; unentitledRequestId: string; holdForApproval: boolean };

/**
 * R-K1 registration, shared by portal, API, phone and email. Enforces the
 * contract at the door (R-C2 authorized contact, channel in plan, contract in
 * force, R-P4/R-P5 allowance with the plan's overage rule); a refused request
 * is committed as an unentitled request and returned as `refused`. The
 * contract row is locked, so concurrent registrations never exceed the
 * allowance. Throws NOT_FOUND (no such contact), INVALID_SEVERITY,
 * VALIDATION_FAILED (a call instant in the future).
 */
export async function registerTicket(deps: { db: Db; clock: Clock; config?: { publicUrl: string } }, input: RegisterTicketInput): Promise<RegisterTicketResult> {
  const now = deps.clock.now();
  const at = input.registeredAt ?? now;
  if (at.getTime() > now.getTime()) {
    throw new DomainError('VALIDATION_FAILED', 'The call instant cannot be in the future.', [{ path: 'body.calledAt', problem: 'in the future' }]);
  }
  const body = normalizeBody(input.body);
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const scope = input.actor.kind === 'contact' ? input.actor.customerId : null;
    const requester = await findRequester(tx, input.requesterId, scope);
    if (!requester) throw new DomainError('NOT_FOUND', 'No such contact.');
    const date = localDateIn(requester.customerZone, at);
    const [contract] = requester.customerArchived ? [] : await listActiveContractRows(tx, requester.customerId, date);
    const pv = contract ? await findPlanVersionRowOn(tx, contract.planId, date) : null;
    const included = pv?.ticketsPerYear ?? null;
    // R-P5: only a limited allowance needs the contract lock (concurrent registrations queue
    // here and never exceed it) and the year's count; an unlimited plan skips both.
    if (contract && included !== null) await lockContract(tx, contract.id);
    if (pv) await assertSeverityOffered(tx, pv, input.severity);
    const yearStart = contract ? contractYearStart(contract.startDate, date) : date;
    const grace = contract ? isInGoLiveGrace(contract.goLiveDate, date) : false;
    const usage = contract && included !== null ? await allowanceUsage(tx, contract.id, yearStart) : null;
    const planName = contract ? await findPlanName(tx, contract.planId) : null;
    const decided = decideIntake({
      contactAuthorized: requester.isAuthorized,
      channel: input.channel,
      plan: contract && pv ? { channels: pv.channels, overageRule: pv.overageRule, name: planName ?? '' } : null,
      left: usage ? allowanceLeft({ included, fromBundles: usage.fromBundles, used: usage.used }) : null,
      counts: !grace,
    });
    if (input.override && !(contract && pv)) {
      throw new DomainError('NO_ACTIVE_CONTRACT', 'The customer has no contract in force on the registration date.');
    }
    const decision = input.override ? overrideDecision(usage, included, grace) : decided;
    if (!decision.accept) {
      const u = await insertUnentitledRequest(tx, {
        receivedAt: now,
        channel: input.channel,
        reasonCode: decision.code,
        reasonMessage: decision.message,
        customerId: requester.customerId,
        contactId: requester.id,
        fromEmail: requester.email,
        subject: input.subject,
        bodyHtml: body.html,
        bodyText: body.text,
        proposedSeverity: input.severity,
        status: decision.holdForApproval ? 'awaiting_approval' : 'open',
        details: { ...(input.source ?? {}), registeredAt: at.toISOString(), actorKind: input.actor.kind, actorId: input.actor.id },
      });
      return { kind: 'refused', code: decision.code, message: decision.message, unentitledRequestId: u.id, holdForApproval: decision.holdForApproval };
    }
    const c = contract!;
    const v = pv!;
    const t = await insertTicketRow(tx, {
      customerId: requester.customerId,
      contractId: c.id,
      planVersionId: v.id,
      calendarId: v.calendarId,
      requesterId: requester.id,
      channel: input.channel,
      subject: input.subject.trim(),
      bodyHtml: body.html,
      bodyText: body.text,
      proposedSeverity: input.severity,
      severity: input.severity,
      category: input.category ?? null,
      highPriority: v.highPriority,
      registeredAt: at,
      allowanceYearStart: yearStart,
      countsAgainstAllowance: !grace && included !== null,
      allowanceExclusion: grace ? 'go_live_grace' : included === null ? 'unlimited' : null,
      overage: decision.overage,
      replyToken: randomToken(18),
      updatedAt: now,
    });
    await insertTicketEvent(tx, {
      ticketId: t.id,
      at: now,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      type: 'created',
      data: {
        channel: input.channel, registeredAt: at.toISOString(), severity: input.severity, planVersion: v.version, overage: decision.overage, goLiveGrace: grace,
        ...(input.override ? { override: input.override } : {}), ...(input.source ?? {}),
      },
    });
    if (t.countsAgainstAllowance && usage && included !== null) {
      const total = included + usage.fromBundles;
      const snapshot = { contractId: c.id, customerId: requester.customerId, planName: planName ?? '', yearStart, total, usedAfter: usage.used + 1, overageRule: v.overageRule };
      await notifyAllowanceThresholds(tx, now, snapshot, deps.config?.publicUrl ?? '');
    }
    const { ticket } = await recomputeTicketSla(tx, t, now);
    await notifyTicketRegistered(tx, now, ticket);
    return { kind: 'registered', ticket };
  });
}

/** With an override only the allowance still matters: beyond it the ticket is billable overage (R-P5). */
function overrideDecision(usage: { used: number; fromBundles: number } | null, included: number | null, grace: boolean): ReturnType<typeof decideIntake> {
  const left = usage ? allowanceLeft({ included, fromBundles: usage.fromBundles, used: usage.used }) : null;
  return { accept: true, overage: !grace && left !== null && left <= 0 };
}
