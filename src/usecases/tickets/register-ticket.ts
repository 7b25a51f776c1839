import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import type { Channel } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isWithinCap } from '../../core/contracts/authorized-cap.js';
import { allowanceBooking, allowanceLeft, contractYearStart, isInGoLiveGrace } from '../../core/tickets/allowance.js';
import { normalizeBody, type Body } from '../../core/tickets/body.js';
import { decideIntake, type IntakeRefusalCode } from '../../core/tickets/intake.js';
import type { Db } from '../../storage/db.js';
import type { Category } from '../../storage/schema/tickets.js';
import { findPlanVersionById, type PlanVersionRow } from '../../storage/ticket-context.queries.js';
import { insertCountedTicket, insertRegisteredTicket, loadIntakeContext, type IntakeContext, type NewTicket, type NewTicketEvent } from '../../storage/ticket-intake.queries.js';
import type { TicketEventRow, TicketRow } from '../../storage/tickets.queries.js';
import { claimAllowanceYear } from '../../storage/allowance-counters.queries.js';
import { insertUnentitledRequest } from '../../storage/unentitled.queries.js';
import { randomToken } from '../auth/crypto.js';
import { FIRST_ALLOWANCE_THRESHOLD, notifyAllowanceThresholds } from '../notifications/notify-allowance-thresholds.js';
import { ticketRegisteredEmail } from '../notifications/notify-ticket-registered.js';
import { outboxRow } from '../notifications/queue-email.js';
import { loadCompiledCalendar } from './support/load-calendar.js';
import { slaColumnsOwing } from '../../core/tickets/sla-columns.js';
import { calendarYearsFor, slaClocksOf } from '../../core/tickets/sla-input.js';
import { assertSeverityOffered } from './support/severity-offered.js';
import { withTx } from '../../storage/with-tx.js';
import { contactZone } from '../../core/zones.js';
import { offersSeverity } from '../../core/tickets/sla-input.js';
import type { TicketEventData } from '../../core/tickets/ticket-events.js';
import { Scope } from '../../core/scope.js';

/** The 'created' event's source fields (core/tickets/ticket-events.ts). */
export type TicketSource = Pick<TicketEventData<'created'>, 'inboundMessageId' | 'messageId' | 'followUpOf' | 'via' | 'proof'>;

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
  /** Where it came from (an email's Message-ID, the closed ticket it follows up), kept in the 'created' event or with a refusal. */
  source?: TicketSource;
  /**
   * Staff converting, or the customer's administrator approving, a refused
   * request: the intake checks are set aside (recorded with the reason) but a
   * contract must be in force; beyond the allowance the ticket is overage.
   */
  override?: { reason: string; fromRequestId: string; approvedAt?: string };
}

export type RegisterTicketResult =
  | { kind: 'registered'; ticket: TicketRow; events: TicketEventRow[] }
  | { kind: 'refused'; code: IntakeRefusalCode; message: string; unentitledRequestId: string; holdForApproval: boolean };

type Deps = { db: Db; clock: Clock; config?: { publicUrl: string } };
type Usage = { used: number; fromBundles: number };

/** One registration's facts, read once before anything is decided. */
interface Intake {
  input: RegisterTicketInput;
  now: Date;
  at: Date;
  body: Body;
  ctx: IntakeContext;
  pv: PlanVersionRow | null;
}

/**
 * R-K1 registration, shared by portal, API, phone and email. Enforces the
 * contract at the door (R-C2 authorized contact, channel in plan, contract in
 * force, R-P4/R-P5 allowance with the plan's overage rule); a refused request
 * is committed as an unentitled request and returned as `refused`. Throws
 * NOT_FOUND (no such contact), INVALID_SEVERITY, VALIDATION_FAILED (a call
 * instant in the future).
 *
 * The busiest path in the product, so it is short (docs/ARCHITECTURE.md "Hot
 * paths"): one read of everything intake decides on, the SLA computed before
 * the write, and the ticket, its first event and its acknowledgement written
 * in one statement. Only a limited allowance adds a transaction: the year's
 * counter row is locked and read (one row, not a count), so concurrent
 * registrations never exceed it.
 */
export async function registerTicket(deps: Deps, input: RegisterTicketInput): Promise<RegisterTicketResult> {
  const now = deps.clock.now();
  const at = input.registeredAt ?? now;
  if (at.getTime() > now.getTime()) {
    throw new DomainError('VALIDATION_FAILED', 'The call instant cannot be in the future.', [{ path: 'body.calledAt', problem: 'in the future' }]);
  }
  const body = normalizeBody(input.body);
  const ctx = await loadIntakeContext(deps.db, { requesterId: input.requesterId, scope: Scope.of(input.actor), at, severity: input.severity });
  if (!ctx) throw new DomainError('NOT_FOUND', 'No such contact.');
  const pv = ctx.planVersionId ? await findPlanVersionById(deps.db, ctx.planVersionId) : null;
  if (pv && !(ctx.severityKnown && offersSeverity(pv.targets as Record<string, unknown>, input.severity, pv.defaultSeverity))) await assertSeverityOffered(deps.db, pv, input.severity);
  const intake: Intake = { input, now, at, body, ctx, pv };
  const contractId = ctx.contractId;
  // R-P5: only a ticket that counts against a limited allowance needs the year's counter (an
  // unlimited plan and go-live grace, R-P4, skip it). Far from its thresholds, one statement writes
  // the ticket while the counter row, locked, stays below them; otherwise a transaction reads and
  // locks the counter, decides (overage, hold, notices) and writes. Concurrent registrations queue
  // on the row and never exceed the allowance; the cost is the same at the 100,000th ticket.
  if (contractId && pv && pv.ticketsPerYear !== null && !isInGoLiveGrace(ctx.goLiveDate, ctx.date)) {
    const fast = await registerFarFromThresholds(deps, intake, pv.ticketsPerYear);
    if (fast) return fast;
    return withTx(deps.db, async (tx) => {
      const usage = await claimAllowanceYear(tx, contractId, yearStartOf(ctx));
      return admit({ ...deps, db: tx }, intake, usage);
    });
  }
  return admit(deps, intake, null);
}

/** The one-statement write of a ticket that counts, when accepted with room left; null: decide under the lock. */
async function registerFarFromThresholds(deps: Deps, intake: Intake, included: number): Promise<RegisterTicketResult | null> {
  const decision = decide(intake, { used: 0, fromBundles: 0 }, false);
  if (!decision.accept || decision.overage) return null;
  const { ctx } = intake;
  const { ticket, event } = await newTicket(deps.db, intake, { grace: false, overage: false });
  const mail = outboxRow(intake.now, ticketRegisteredEmail(ticket, recipientOf(ctx), deps.config?.publicUrl ?? null));
  const year = { contractId: ctx.contractId!, yearStart: yearStartOf(ctx), included, belowPercent: FIRST_ALLOWANCE_THRESHOLD };
  const written = await insertCountedTicket(deps.db, { ticket, event, mail }, year);
  return written ? { kind: 'registered', ticket: written.ticket, events: [written.event] } : null;
}

function recipientOf(ctx: IntakeContext) {
  return { kind: 'contact' as const, id: ctx.id, address: ctx.email, name: ctx.name, locale: ctx.locale, timeZone: contactZone(ctx.contactZone, ctx.customerZone) };
}

function yearStartOf(ctx: IntakeContext): string {
  return ctx.contractStart ? contractYearStart(ctx.contractStart, ctx.date) : ctx.date;
}

/** R-K1, R-C2, R-P3, R-P4, R-P5: the intake decision on the given usage of the year. */
function decide(intake: Intake, usage: Usage | null, grace: boolean): ReturnType<typeof decideIntake> {
  const { input, ctx, pv } = intake;
  const included = pv?.ticketsPerYear ?? null;
  const inForce = ctx.contractId !== null && pv !== null;
  if (input.override && !inForce) {
    throw new DomainError('NO_ACTIVE_CONTRACT', 'The customer has no contract in force on the registration date.');
  }
  return input.override
    ? overrideDecision(usage, included, grace)
    : decideIntake({
        contactAuthorized: ctx.isAuthorized,
        withinCap: isWithinCap(ctx.authorizedRank, ctx.authorizedCap),
        channel: input.channel,
        plan: inForce ? { channels: pv!.channels, overageRule: pv!.overageRule, name: ctx.planName ?? '' } : null,
        left: usage ? allowanceLeft({ included, fromBundles: usage.fromBundles, used: usage.used }) : null,
        counts: !grace,
      });
}

/** Decides, then writes the ticket or keeps the refused request. */
async function admit(deps: Deps, intake: Intake, usage: Usage | null): Promise<RegisterTicketResult> {
  const { input, ctx, pv } = intake;
  const included = pv?.ticketsPerYear ?? null;
  const grace = ctx.contractId ? isInGoLiveGrace(ctx.goLiveDate, ctx.date) : false;
  const decision = decide(intake, usage, grace);
  if (!decision.accept) {
    const u = await insertUnentitledRequest(deps.db, {
      receivedAt: intake.now,
      channel: input.channel,
      reasonCode: decision.code,
      reasonMessage: decision.message,
      customerId: ctx.customerId,
      contactId: ctx.id,
      fromEmail: ctx.email,
      subject: input.subject,
      bodyHtml: intake.body.html,
      bodyText: intake.body.text,
      proposedSeverity: input.severity,
      status: decision.holdForApproval ? 'awaiting_approval' : 'open',
      details: { ...(input.source ?? {}), registeredAt: intake.at.toISOString(), actorKind: input.actor.kind, actorId: input.actor.id },
    });
    return { kind: 'refused', code: decision.code, message: decision.message, unentitledRequestId: u.id, holdForApproval: decision.holdForApproval };
  }
  const { ticket, event } = await newTicket(deps.db, intake, { grace, overage: decision.overage });
  const mail = outboxRow(intake.now, ticketRegisteredEmail(ticket, recipientOf(ctx), deps.config?.publicUrl ?? null));
  const written = await insertRegisteredTicket(deps.db, { ticket, event, mail });
  if (written.ticket.countsAgainstAllowance && usage && included !== null) {
    const total = included + usage.fromBundles;
    const snapshot = {
      contractId: ctx.contractId!, customerId: ctx.customerId, planName: ctx.planName ?? '', yearStart: yearStartOf(ctx), total, usedAfter: usage.used + 1, overageRule: pv!.overageRule,
    };
    await notifyAllowanceThresholds(deps.db, intake.now, snapshot, deps.config?.publicUrl ?? '');
  }
  return { kind: 'registered', ticket: written.ticket, events: [written.event] };
}

/** The new ticket's row, SLA columns included (R-S1), and its 'created' event. */
async function newTicket(db: Db, intake: Intake, d: { grace: boolean; overage: boolean }): Promise<{ ticket: NewTicket; event: NewTicketEvent }> {
  const { input, ctx, now, at } = intake;
  const pv = intake.pv!;
  const booking = allowanceBooking({ grace: d.grace, unlimited: pv.ticketsPerYear === null, overage: d.overage });
  const event: NewTicketEvent = {
    at: now,
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    type: 'created',
    data: {
      channel: input.channel, registeredAt: at.toISOString(), severity: input.severity, planVersion: pv.version, overage: d.overage, goLiveGrace: d.grace,
      ...(input.override ? { override: input.override } : {}), ...(input.source ?? {}),
    },
  };
  const facts = { registeredAt: at, proposedSeverity: input.severity, resolutionCommitment: true };
  const cal = pv.calendarId ? await loadCompiledCalendar(db, pv.calendarId, calendarYearsFor(at, now), ctx.calendarKey) : null;
  // A new ticket has fired no notice yet: one already past (a phone call logged late) stays owed to the sweep.
  const sla = slaColumnsOwing(cal ? slaClocksOf(facts, pv, [event], cal, now) : null, now, new Set());
  const ticket: NewTicket = {
    id: randomUUID(),
    number: ctx.number,
    customerId: ctx.customerId,
    contractId: ctx.contractId!,
    planVersionId: pv.id,
    calendarId: pv.calendarId,
    requesterId: ctx.id,
    channel: input.channel,
    subject: input.subject.trim(),
    bodyHtml: intake.body.html,
    bodyText: intake.body.text,
    proposedSeverity: input.severity,
    severity: input.severity,
    category: input.category ?? null,
    status: 'new',
    assigneeId: null,
    highPriority: pv.highPriority,
    registeredAt: at,
    firstResponseAt: null,
    solvedAt: null,
    closedAt: null,
    outcome: null,
    outcomeDetails: {},
    resolutionCommitment: facts.resolutionCommitment,
    resolutionCommitmentReason: null,
    estimateDueAt: null,
    allowanceYearStart: yearStartOf(ctx),
    countsAgainstAllowance: booking.counts,
    allowanceExclusion: booking.exclusion,
    overage: d.overage,
    ...sla,
    updatedAt: now,
    replyToken: randomToken(18),
    pendingSince: null,
    pendingReminderDueAt: null,
    pendingReminderSentAt: null,
    autoCloseDueAt: null,
  };
  return { ticket, event };
}

/** With an override only the allowance still matters: beyond it the ticket is billable overage (R-P5). */
function overrideDecision(usage: Usage | null, included: number | null, grace: boolean): ReturnType<typeof decideIntake> {
  const left = usage ? allowanceLeft({ included, fromBundles: usage.fromBundles, used: usage.used }) : null;
  return { accept: true, overage: !grace && left !== null && left <= 0 };
}
