import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';
import { Nullable } from './helpers.js';
import { ref } from './ref.js';
import * as T from './tickets.js';
import * as V from './views.js';

// Response schemas of src/server/routes/agent (issue 15 item 7).

/** GET /api/v1/agent/tickets/:id/chargeability */
export const AgentTicketsIdChargeabilityGet = Type.Union([Obj({ ruleId: Type.Null(), ticketId: Type.String(), category: Nullable(Type.Union([Type.Literal('bug'), Type.Literal('configuration_error'), Type.Literal('advice'), Type.Literal('configuration_request'), Type.Literal('feature_suggestion'), Type.Literal('change_request')])), reportedOn: Type.String(), classified: Type.Boolean(), billable: Nullable(Type.Boolean()), reason: Type.String(), reasonKey: Type.String(), needsEstimate: Type.Boolean(), dayAfterTakeover: Nullable(Type.Number()), freeTask: Nullable(Type.Union([Type.Literal('held'), Type.Literal('available')])), freeTasksLeft: Nullable(Type.Number()), billableWorkAllowed: Type.Boolean(), billableWorkReason: Nullable(Type.String()), estimate: Nullable(ref(V.EstimateView)) }), Obj({ estimate: Nullable(ref(V.EstimateView)), terms: ref(V.ContractTermsView), time: Obj({ minutes: Type.Number(), billableMinutes: Type.Number() }), ticketId: Type.String(), category: Nullable(Type.Union([Type.Literal('bug'), Type.Literal('configuration_error'), Type.Literal('advice'), Type.Literal('configuration_request'), Type.Literal('feature_suggestion'), Type.Literal('change_request')])), reportedOn: Type.String(), classified: Type.Boolean(), billable: Nullable(Type.Boolean()), ruleId: Nullable(Type.Union([Type.Literal('R-B1'), Type.Literal('R-B2'), Type.Literal('R-B3'), Type.Literal('R-B4'), Type.Literal('R-B5'), Type.Literal('R-B6')])), reason: Type.String(), reasonKey: Type.String(), needsEstimate: Type.Boolean(), dayAfterTakeover: Nullable(Type.Number()), freeTask: Nullable(Type.Union([Type.Literal('held'), Type.Literal('available')])), freeTasksLeft: Nullable(Type.Number()), billableWorkAllowed: Type.Boolean(), billableWorkReason: Nullable(Type.String()) })]);

/** GET /api/v1/agent/tickets/:id/estimates */
export const AgentTicketsIdEstimatesGet = Obj({ items: Type.Array(ref(V.EstimateView)) });

/** POST /api/v1/agent/tickets/:id/estimates */
export const AgentTicketsIdEstimatesPost = ref(V.EstimateView);

/** PUT /api/v1/agent/tickets/:id/estimates/:estimateId */
export const AgentTicketsIdEstimatesEstimateIdPut = ref(V.EstimateView);

/** POST /api/v1/agent/tickets/:id/estimates/:estimateId/send */
export const AgentTicketsIdEstimatesEstimateIdSendPost = ref(V.EstimateView);

/** POST /api/v1/agent/tickets/:id/estimates/:estimateId/phases/:phaseId/hand-over */
export const AgentTicketsIdEstimatesEstimateIdPhasesPhaseIdHandOverPost = ref(V.EstimateView);

/** GET /api/v1/agent/tickets/:id/time-entries */
export const AgentTicketsIdTimeEntriesGet = Obj({ minutes: Type.Number(), billableMinutes: Type.Number(), items: Type.Array(ref(V.TimeEntryView)) });

/** POST /api/v1/agent/tickets/:id/time-entries */
export const AgentTicketsIdTimeEntriesPost = ref(V.TimeEntryView);

/** GET /api/v1/agent/time-entries */
export const AgentTimeEntriesGet = Obj({ minutes: Type.Number(), billableMinutes: Type.Number(), userId: Type.String(), from: Type.String(), to: Type.String(), items: Type.Array(ref(V.TimeEntryView)) });

/** POST /api/v1/agent/tickets/phone */
export const AgentTicketsPhonePost = Obj({ error: Obj({ code: Type.String(), message: Type.String(), details: Type.Unknown() }) });

/** GET /api/v1/agent/unentitled-requests */
export const AgentUnentitledRequestsGet = Obj({ items: Type.Array(Obj({ id: Type.String(), receivedAt: Type.String(), channel: Type.Union([Type.Literal('email'), Type.Literal('portal'), Type.Literal('phone'), Type.Literal('api')]), reasonCode: Type.String(), reasonMessage: Type.String(), customerId: Nullable(Type.String()), contactId: Nullable(Type.String()), fromEmail: Nullable(Type.String()), subject: Type.String(), bodyHtml: Type.String(), bodyText: Type.String(), proposedSeverity: Nullable(Type.String()), status: Type.Union([Type.Literal('open'), Type.Literal('awaiting_approval'), Type.Literal('converted'), Type.Literal('dismissed')]), ticketId: Nullable(Type.String()), handledAt: Nullable(Type.String()), handledNote: Nullable(Type.String()) })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/agent/unentitled-requests/:id/convert */
export const AgentUnentitledRequestsIdConvertPost = ref(T.StaffTicket);

/** POST /api/v1/agent/unentitled-requests/:id/dismiss */
export const AgentUnentitledRequestsIdDismissPost = Obj({ id: Type.String(), receivedAt: Type.String(), channel: Type.Union([Type.Literal('email'), Type.Literal('portal'), Type.Literal('phone'), Type.Literal('api')]), reasonCode: Type.String(), reasonMessage: Type.String(), customerId: Nullable(Type.String()), contactId: Nullable(Type.String()), fromEmail: Nullable(Type.String()), subject: Type.String(), bodyHtml: Type.String(), bodyText: Type.String(), proposedSeverity: Nullable(Type.String()), status: Type.Union([Type.Literal('open'), Type.Literal('awaiting_approval'), Type.Literal('converted'), Type.Literal('dismissed')]), ticketId: Nullable(Type.String()), handledAt: Nullable(Type.String()), handledNote: Nullable(Type.String()) });

/** GET /api/v1/agent/customers/:id/allowance */
export const AgentCustomersIdAllowanceGet = Obj({ customerId: Type.String(), date: Type.String(), contracts: Type.Array(Obj({ contractId: Type.String(), planId: Type.String(), planName: Type.String(), planVersion: Nullable(Type.Number()), yearStart: Type.String(), yearEnd: Type.String(), goLiveDate: Nullable(Type.String()), included: Nullable(Type.Number()), fromBundles: Type.Number(), used: Type.Number(), excludedByGoLive: Type.Number(), overage: Type.Number(), left: Nullable(Type.Number()), overageRule: Nullable(Type.Union([Type.Literal('bill'), Type.Literal('hold')])) })) });

/** POST /api/v1/admin/contracts/:id/bundles */
export const AdminContractsIdBundlesPost = Obj({ purchasedAt: Type.String(), id: Type.String(), tickets: Type.Number(), contractId: Type.String(), currency: Type.String(), priceCents: Type.Number(), createdBy: Nullable(Type.String()), yearStart: Type.String() });

/** POST /api/v1/sla/preview */
export const SlaPreviewPost = Type.Union([Obj({ calendarId: Type.Null(), response: Type.Null(), resolution: Type.Null(), plan: Obj({ id: Type.String(), code: Type.String(), name: Type.String(), version: Type.Number() }), severity: Type.String(), registeredAt: Type.String() }), Obj({ calendarId: Type.String(), response: Nullable(Type.Union([Obj({ target: Type.Union([Obj({ minutes: Type.Number(), kind: Type.Literal('business_minutes'), indicative: Type.Boolean() }), Obj({ kind: Type.Literal('business_days'), indicative: Type.Boolean(), days: Type.Number() }), Obj({ kind: Type.Literal('end_of_nth_working_day'), indicative: Type.Boolean(), n: Type.Number() }), Obj({ kind: Type.Literal('estimate'), indicative: Type.Boolean() })]), dueAt: Type.Null(), note: Type.String(), indicative: Type.Optional(Type.Unknown() /* undefined */), budgetSeconds: Type.Optional(Type.Unknown() /* undefined */), explanation: Type.Optional(Type.Unknown() /* undefined */) }), Obj({ target: Type.Union([Obj({ minutes: Type.Number(), kind: Type.Literal('business_minutes'), indicative: Type.Boolean() }), Obj({ kind: Type.Literal('business_days'), indicative: Type.Boolean(), days: Type.Number() }), Obj({ kind: Type.Literal('end_of_nth_working_day'), indicative: Type.Boolean(), n: Type.Number() }), Obj({ kind: Type.Literal('estimate'), indicative: Type.Boolean() })]), indicative: Type.Boolean(), budgetSeconds: Type.Number(), dueAt: Type.String(), explanation: Obj({ from: Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() }), businessSeconds: Type.Number(), due: Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() }), dueAtClosing: Type.Boolean(), nextOpening: Nullable(Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() })), why: Type.String(), intervals: Type.Array(Obj({ startUtc: Type.String(), endUtc: Type.String(), startLocal: Type.String(), endLocal: Type.String(), seconds: Type.Number(), calendarVersion: Type.Number() })), calendarVersions: Type.Array(Type.Number()), dayNotes: Type.Array(Obj({ date: Type.String(), notes: Type.Array(Type.String()) })) }), note: Type.Optional(Type.Unknown() /* undefined */) })])), resolution: Nullable(Type.Union([Obj({ target: Type.Union([Obj({ minutes: Type.Number(), kind: Type.Literal('business_minutes'), indicative: Type.Boolean() }), Obj({ kind: Type.Literal('business_days'), indicative: Type.Boolean(), days: Type.Number() }), Obj({ kind: Type.Literal('end_of_nth_working_day'), indicative: Type.Boolean(), n: Type.Number() }), Obj({ kind: Type.Literal('estimate'), indicative: Type.Boolean() })]), dueAt: Type.Null(), note: Type.String(), indicative: Type.Optional(Type.Unknown() /* undefined */), budgetSeconds: Type.Optional(Type.Unknown() /* undefined */), explanation: Type.Optional(Type.Unknown() /* undefined */) }), Obj({ target: Type.Union([Obj({ minutes: Type.Number(), kind: Type.Literal('business_minutes'), indicative: Type.Boolean() }), Obj({ kind: Type.Literal('business_days'), indicative: Type.Boolean(), days: Type.Number() }), Obj({ kind: Type.Literal('end_of_nth_working_day'), indicative: Type.Boolean(), n: Type.Number() }), Obj({ kind: Type.Literal('estimate'), indicative: Type.Boolean() })]), indicative: Type.Boolean(), budgetSeconds: Type.Number(), dueAt: Type.String(), explanation: Obj({ from: Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() }), businessSeconds: Type.Number(), due: Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() }), dueAtClosing: Type.Boolean(), nextOpening: Nullable(Obj({ epochSeconds: Type.Number(), utc: Type.String(), local: Type.String() })), why: Type.String(), intervals: Type.Array(Obj({ startUtc: Type.String(), endUtc: Type.String(), startLocal: Type.String(), endLocal: Type.String(), seconds: Type.Number(), calendarVersion: Type.Number() })), calendarVersions: Type.Array(Type.Number()), dayNotes: Type.Array(Obj({ date: Type.String(), notes: Type.Array(Type.String()) })) }), note: Type.Optional(Type.Unknown() /* undefined */) })])), plan: Obj({ id: Type.String(), code: Type.String(), name: Type.String(), version: Type.Number() }), severity: Type.String(), registeredAt: Type.String() })]);

/** POST /api/v1/agent/tickets/:id/attachments */
export const AgentTicketsIdAttachmentsPost = ref(T.Attachment);
