import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';
import { Nullable } from './helpers.js';
import { ref } from './ref.js';
import * as T from './tickets.js';
import * as V from './views.js';

// Response schemas of src/server/routes/portal (issue 15 item 7).

/** GET /api/v1/portal/held-requests */
export const PortalHeldRequestsGet = Obj({ items: Type.Array(Obj({ id: Type.String(), receivedAt: Type.String(), channel: Type.Union([Type.Literal('portal'), Type.Literal('email'), Type.Literal('phone'), Type.Literal('api')]), reasonCode: Type.String(), reasonMessage: Type.String(), customerId: Nullable(Type.String()), contactId: Nullable(Type.String()), fromEmail: Nullable(Type.String()), subject: Type.String(), bodyHtml: Type.String(), bodyText: Type.String(), proposedSeverity: Nullable(Type.String()), status: Type.Union([Type.Literal('awaiting_approval'), Type.Literal('open'), Type.Literal('converted'), Type.Literal('dismissed')]), ticketId: Nullable(Type.String()), handledAt: Nullable(Type.String()), handledNote: Nullable(Type.String()) })), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/portal/tickets/:id/chargeability */
export const PortalTicketsIdChargeabilityGet = Type.Union([Obj({ ruleId: Type.Null(), ticketId: Type.String(), category: Nullable(Type.Union([Type.Literal('bug'), Type.Literal('configuration_error'), Type.Literal('advice'), Type.Literal('configuration_request'), Type.Literal('feature_suggestion'), Type.Literal('change_request')])), reportedOn: Type.String(), classified: Type.Boolean(), billable: Nullable(Type.Boolean()), reason: Type.String(), reasonKey: Type.String(), needsEstimate: Type.Boolean(), dayAfterTakeover: Nullable(Type.Number()), freeTask: Nullable(Type.Union([Type.Literal('held'), Type.Literal('available')])), freeTasksLeft: Nullable(Type.Number()), billableWorkAllowed: Type.Boolean(), billableWorkReason: Nullable(Type.String()), estimate: Nullable(ref(V.EstimateView)) }), Obj({ estimate: Nullable(ref(V.EstimateView)), terms: ref(V.ContractTermsView), time: Obj({ minutes: Type.Number(), billableMinutes: Type.Number() }), ticketId: Type.String(), category: Nullable(Type.Union([Type.Literal('bug'), Type.Literal('configuration_error'), Type.Literal('advice'), Type.Literal('configuration_request'), Type.Literal('feature_suggestion'), Type.Literal('change_request')])), reportedOn: Type.String(), classified: Type.Boolean(), billable: Nullable(Type.Boolean()), ruleId: Nullable(Type.Union([Type.Literal('R-B1'), Type.Literal('R-B2'), Type.Literal('R-B3'), Type.Literal('R-B4'), Type.Literal('R-B5'), Type.Literal('R-B6')])), reason: Type.String(), reasonKey: Type.String(), needsEstimate: Type.Boolean(), dayAfterTakeover: Nullable(Type.Number()), freeTask: Nullable(Type.Union([Type.Literal('held'), Type.Literal('available')])), freeTasksLeft: Nullable(Type.Number()), billableWorkAllowed: Type.Boolean(), billableWorkReason: Nullable(Type.String()) })]);

/** GET /api/v1/portal/tickets/:id/estimates */
export const PortalTicketsIdEstimatesGet = Obj({ items: Type.Array(ref(V.EstimateView)) });

/** POST /api/v1/portal/tickets/:id/estimates/:estimateId/decision */
export const PortalTicketsIdEstimatesEstimateIdDecisionPost = ref(V.EstimateView);

/** POST /api/v1/portal/tickets/:id/estimates/:estimateId/phases/:phaseId/step */
export const PortalTicketsIdEstimatesEstimateIdPhasesPhaseIdStepPost = ref(V.EstimateView);

/** GET /api/v1/portal/invoices */
export const PortalInvoicesGet = Obj({ limit: Type.Number(), offset: Type.Number(), items: Type.Array(ref(V.InvoiceSummaryView)), total: Type.Number() });

/** GET /api/v1/portal/invoices/:id */
export const PortalInvoicesIdGet = ref(V.InvoiceView);

/** GET /api/v1/portal/contacts/:id */
export const PortalContactsIdGet = ref(V.ContactView);

/** PATCH /api/v1/portal/contacts/:id */
export const PortalContactsIdPatch = ref(V.ContactView);

/** POST /api/v1/portal/contacts/:id/confirmation */
export const PortalContactsIdConfirmationPost = ref(V.ContactView);

/** POST /api/v1/portal/contacts/:id/archive */
export const PortalContactsIdArchivePost = ref(V.ContactView);

/** GET /api/v1/portal/contracts */
export const PortalContractsGet = Obj({ items: Type.Array(ref(V.ContractSummary)) });

/** GET /api/v1/portal/contracts/:id */
export const PortalContractsIdGet = ref(V.ContractSummary);

/** GET /api/v1/portal/customer */
export const PortalCustomerGet = Obj({ id: Type.String(), name: Type.String(), updatedAt: Type.String(), createdAt: Type.String(), currency: Type.String(), locale: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('el')]), timeZone: Type.String(), code: Type.String(), archivedAt: Nullable(Type.String()) });

/** GET /api/v1/portal/maintenance */
export const PortalMaintenanceGet = Obj({ items: Type.Array(ref(V.PortalMaintenanceView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/portal/maintenance/:id */
export const PortalMaintenanceIdGet = ref(V.PortalMaintenanceView);

/** GET /api/v1/portal/announcements */
export const PortalAnnouncementsGet = Obj({ items: Type.Array(ref(V.PortalAnnouncementView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/portal/announcements/:id */
export const PortalAnnouncementsIdGet = ref(V.PortalAnnouncementView);

/** GET /api/v1/portal/maintenance-feed */
export const PortalMaintenanceFeedGet = ref(V.IcalFeedStatus);

/** POST /api/v1/portal/maintenance-feed/rotate */
export const PortalMaintenanceFeedRotatePost = ref(V.IcalFeedSecret);

/** DELETE /api/v1/portal/maintenance-feed */
export const PortalMaintenanceFeedDelete = Obj({ revoked: Type.Literal(true) });

/** GET /api/v1/portal/releases */
export const PortalReleasesGet = Obj({ items: Type.Array(ref(V.PortalReleaseView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** GET /api/v1/portal/releases/:id */
export const PortalReleasesIdGet = ref(V.PortalReleaseView);

/** GET /api/v1/portal/installed-versions */
export const PortalInstalledVersionsGet = Obj({ items: Type.Array(ref(V.InstalledVersionView)), plan: Nullable(Obj({ version: Type.Number(), name: Type.String(), code: Type.String(), planId: Type.String() })) });

/** GET /api/v1/portal/installed-versions/:productId/upgrade-rights */
export const PortalInstalledVersionsProductIdUpgradeRightsGet = Obj({ productId: Type.String(), from: Type.String(), to: Type.String(), change: Obj({ partIndex: Type.Number(), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.Union([Type.Literal('hotfix'), Type.Literal('minor'), Type.Literal('major')]), partLabel: Type.String() }), right: Type.Union([Obj({ outcome: Type.Literal('free'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('discount'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), licenceDiscountPercent: Type.Number(), migration: Type.Union([Type.Literal('estimate'), Type.Literal('included')]), reason: Obj({ code: Type.String(), message: Type.String() }) }), Obj({ outcome: Type.Literal('not_covered'), scope: Type.Union([Type.Literal('platform'), Type.Literal('module')]), level: Type.String(), reason: Obj({ code: Type.String(), message: Type.String() }) })]), plan: Nullable(Obj({ version: Type.Number(), name: Type.String(), code: Type.String(), planId: Type.String() })) });

/** GET /api/v1/portal/severities */
export const PortalSeveritiesGet = Obj({ items: Type.Array(Obj({ code: Type.String(), rank: Type.Number(), names: Type.Record(Type.String(), Type.String()), definitions: Type.Record(Type.String(), Type.String()) })) });

/** GET /api/v1/portal/tickets/:id */
export const PortalTicketsIdGet = ref(T.PortalTicket);

/** GET /api/v1/portal/allowance */
export const PortalAllowanceGet = Obj({ customerId: Type.String(), date: Type.String(), contracts: Type.Array(Obj({ contractId: Type.String(), planId: Type.String(), planName: Type.String(), planVersion: Nullable(Type.Number()), yearStart: Type.String(), yearEnd: Type.String(), goLiveDate: Nullable(Type.String()), included: Nullable(Type.Number()), fromBundles: Type.Number(), used: Type.Number(), excludedByGoLive: Type.Number(), overage: Type.Number(), left: Nullable(Type.Number()), overageRule: Nullable(Type.Union([Type.Literal('bill'), Type.Literal('hold')])) })) });

/** GET /api/v1/portal/contacts */
export const PortalContactsGet = Obj({ items: Type.Array(ref(V.ContactView)), total: Type.Number(), limit: Type.Number(), offset: Type.Number() });

/** POST /api/v1/portal/contacts */
export const PortalContactsPost = ref(V.ContactView);
