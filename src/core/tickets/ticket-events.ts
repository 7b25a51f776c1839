import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { BILLING_CATEGORIES } from '../billing/chargeability.js';
import { CHANNELS } from '../catalogue/plan-terms-schema.js';
import { DomainError } from '../errors.js';
import { TRANSITIONS } from './status-machine.js';
import type { TicketStatus } from '../sla/sla-types.js';
import type { ActorKind } from '../enums.js';

/*
 * R-K10: every ticket history event type and its payload, written once. Writers
 * (`TicketChange.record`, the sweeps, inbound mail) can only append an event
 * listed here with its payload's shape; readers (the SLA timeline, the
 * presenters, the web's history) get a discriminated union instead of
 * `e.type === '…'` and casts; a stored event whose type is unknown or whose
 * payload does not match is INVALID_TICKET_EVENT, never skipped.
 *
 * Payloads are closed objects: a field a writer adds must be declared here
 * first. Fields that older writers did not yet write are optional (every
 * shape written since the table exists, 20261121030000, parses; the test
 * replays them).
 */

const obj = <P extends Record<string, TSchema>>(props: P) => Type.Object(props, { additionalProperties: false });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Iso = Type.String({ minLength: 1 });
const Id = Type.String({ minLength: 1 });
const Note = Type.Optional(Type.String());

// The enums come from their one definition in core (statuses from the R-K3 machine's table).
const Status = literals(Object.keys(TRANSITIONS) as TicketStatus[]);
const Category = literals(BILLING_CATEGORIES);
const Channel = literals(CHANNELS);
const ActorKind = literals(['user', 'contact', 'system'] as const);
const Money = { minutes: Type.Integer(), priceCents: Type.Integer() };
const EstimateDecision = obj({ estimateId: Id, version: Type.Integer(), channel: literals(['portal', 'email'] as const), note: Note });
const PhaseStep = obj({ estimateId: Id, phaseId: Id, position: Type.Integer(), name: Type.String(), note: Note });
const SlaNotice = obj({ clock: literals(['response', 'resolution'] as const), percent: Type.Number(), dueAt: Iso, instant: Iso });

/** The payload schema of every event type: the one list of ticket history events. */
export const TICKET_EVENT_SCHEMAS = {
  /** R-K1: registration; the source fields say how an email opened it (and of which closed ticket it is the follow-up). */
  created: obj({
    channel: Channel,
    registeredAt: Iso,
    severity: Type.String(),
    planVersion: Type.Union([Type.Integer(), Type.String()]),
    overage: Type.Boolean(),
    goLiveGrace: Type.Boolean(),
    override: Type.Optional(obj({ reason: Type.String(), fromRequestId: Id, approvedAt: Type.Optional(Iso) })),
    inboundMessageId: Type.Optional(Id),
    messageId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    followUpOf: Type.Optional(Id),
    via: Type.Optional(Type.String()),
    proof: Type.Optional(Type.Union([literals(['reply_token', 'authenticated_participant'] as const), Type.Null()])),
  }),
  /** R-K3; `cause` names an automatic move, `reason` a person's. */
  status_changed: obj({
    from: Status,
    to: Status,
    cause: Type.Optional(literals(['development_task', 'lack_of_information', 'customer_reply'] as const)),
    reason: Note,
  }),
  /** R-K4: the first response (a staff reply, or an evaluation the plan counts). */
  first_response: obj({ how: literals(['reply', 'evaluation'] as const) }),
  /** R-K2/R-S3. */
  severity_changed: obj({ from: Type.String(), to: Type.String(), reason: Type.String() }),
  category_changed: obj({ from: Type.Union([Category, Type.Null()]), to: Category, reason: Note }),
  assigned: obj({ from: Type.Union([Id, Type.Null()]), to: Type.Union([Id, Type.Null()]) }),
  /** R-K7. */
  commitment_changed: obj({ applies: Type.Boolean(), reason: Type.String() }),
  /** R-K6: outside (true) or back in (false) the vendor's control; pauses the resolution clock (R-S2). */
  vendor_control_changed: obj({ outside: Type.Boolean(), note: Type.String() }),
  /** R-K6 outcomes that are recorded as such (a development task closes the ticket; R-K5 lack of information). */
  outcome_set: Type.Union([
    obj({ outcome: Type.Literal('development_task'), taskCode: Type.String(), approxStart: Type.Union([Type.String(), Type.Null()]), approxEnd: Type.Union([Type.String(), Type.Null()]), note: Type.String() }),
    obj({ outcome: Type.Literal('lack_of_information') }),
  ]),
  /** R-T3 "after estimate": the resolution due instant of the ticket. */
  estimate_set: obj({ dueAt: Iso, note: Type.String(), belowMinimum: Type.Optional(obj({ minimumResolutionAt: Iso, reason: Type.String() })) }),
  replied: obj({ messageId: Id, by: ActorKind }),
  note_added: obj({ messageId: Id }),
  attachment_added: obj({ attachmentId: Id, filename: Type.String(), channel: Type.Optional(Type.Literal('email')) }),
  mail_bounced: obj({ outboxId: Id, to: Type.String(), template: Type.String(), status: Type.Union([Type.String(), Type.Null()]), diagnostic: Type.Union([Type.String(), Type.Null()]) }),
  /** R-K5. */
  pending_reminder_sent: obj({ sendAt: Iso, closesAt: Iso, emailed: Type.Boolean() }),
  auto_close_blocked: obj({ reminder: Type.String() }),
  /** R-S4 (internal). */
  sla_warning: SlaNotice,
  sla_breached: SlaNotice,
  /** R-B4 estimates and phases (issue 7). */
  estimate_created: obj({ estimateId: Id, version: Type.Integer(), ...Money, currency: Type.String() }),
  estimate_updated: obj({ estimateId: Id, version: Type.Integer(), ...Money }),
  estimate_sent: obj({ estimateId: Id, version: Type.Integer(), ...Money, currency: Type.String(), to: Id }),
  estimate_approved: EstimateDecision,
  estimate_declined: EstimateDecision,
  phase_handed_over: PhaseStep,
  phase_accepted: PhaseStep,
  phase_rejected: PhaseStep,
  /** R-B1..R-B3 time entries (internal). */
  time_logged: obj({ entryId: Id, minutes: Type.Integer(), activity: Type.String(), billable: Type.Boolean(), overrideReason: Note }),
  time_removed: obj({ entryId: Id, minutes: Type.Integer(), activity: Type.String(), billable: Type.Boolean() }),
  free_configuration_task_used: obj({ year: Type.Integer() }),
} as const;

type Schemas = typeof TICKET_EVENT_SCHEMAS;
export type TicketEventType = keyof Schemas;
export const TICKET_EVENT_TYPES = Object.keys(TICKET_EVENT_SCHEMAS) as TicketEventType[];

/** The payload of one event type. */
export type TicketEventData<T extends TicketEventType> = Static<Schemas[T]>;

/** A history event's type and payload, as one discriminated union (`switch (e.type)` narrows `e.data`). */
export type TicketEventBody = { [T in TicketEventType]: { type: T; data: TicketEventData<T> } }[TicketEventType];

/** What a ticket event carries besides its type and payload (R-K10: who and when). */
export interface TicketEventMeta {
  at: Date;
  actorKind: ActorKind;
  actorId: string | null;
  internal: boolean;
}

const checks = new Map<string, TypeCheck<TSchema>>();
function checkFor(type: TicketEventType): TypeCheck<TSchema> {
  let c = checks.get(type);
  if (!c) checks.set(type, (c = TypeCompiler.Compile(TICKET_EVENT_SCHEMAS[type])));
  return c;
}

export function isTicketEventType(type: string): type is TicketEventType {
  return Object.hasOwn(TICKET_EVENT_SCHEMAS, type);
}

/**
 * Checks a type and payload against their definition and returns them typed.
 * Throws INVALID_TICKET_EVENT (details: the type, the event's id when given,
 * and each path and problem) for an unknown type or a payload that does not
 * match: history is read whole or not at all, since a skipped event would
 * silently move an SLA due time.
 */
export function parseTicketEvent(type: string, data: unknown, id?: number | string): TicketEventBody {
  if (!isTicketEventType(type)) {
    throw new DomainError('INVALID_TICKET_EVENT', `Unknown ticket event type "${type}".`, { id: id ?? null, type, problems: [{ path: 'type', problem: 'unknown event type' }] });
  }
  const check = checkFor(type);
  if (!check.Check(data)) {
    const problems = [...check.Errors(data)].slice(0, 10).map((e) => ({ path: `data${e.path.replaceAll('/', '.')}`, problem: e.message }));
    throw new DomainError('INVALID_TICKET_EVENT', `The payload of a "${type}" ticket event does not match its definition.`, { id: id ?? null, type, problems });
  }
  return { type, data } as TicketEventBody;
}
