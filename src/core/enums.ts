/**
 * Every closed list of values the database stores, each written once (issue 15
 * item 3). Types, TypeBox schemas (`literalUnion`), Drizzle column types and
 * the web's lists derive from these; the SQL CHECK constraints repeat them, and
 * `storage/enum-checks.test.ts` fails when a migration and this file disagree.
 * A list that already lives beside its rule stays there (billing ACTIVITIES).
 */

// ---- people ----
/** Vendor staff roles (SPEC §1). */
export const STAFF_ROLES = ['admin', 'manager', 'agent'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** Languages of the UI, mail and invoices (RULES §9). */
export const LOCALES = ['en', 'es', 'el'] as const;
export type Locale = (typeof LOCALES)[number];
/** Who holds a session or an API token. */
export const PRINCIPAL_KINDS = ['user', 'contact'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];
/** Who acted, wrote or uploaded: a vendor user, a customer's contact, or the system (R-K10). */
export const ACTOR_KINDS = ['user', 'contact', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

// ---- plans and contracts ----
/** R-P5: what happens to a ticket beyond the allowance. */
export const OVERAGE_RULES = ['bill', 'hold'] as const;
export type OverageRule = (typeof OVERAGE_RULES)[number];
/** R-K4: what counts as the first response (Altanet: taking into evaluation). */
export const FIRST_RESPONSE_RULES = ['reply', 'evaluation'] as const;
export type FirstResponseRule = (typeof FIRST_RESPONSE_RULES)[number];
/** R-P6: what a contract's yearly price is a share of. */
export const PRICE_BASES = ['fixed', 'licence', 'development'] as const;
export type PriceBasis = (typeof PRICE_BASES)[number];

// ---- tickets ----
/** R-K3 ticket statuses. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** Statuses in which the vendor's work is done. The queue's partial indexes say `status NOT IN` these (checked by enum-checks.test.ts). */
export const DONE_TICKET_STATUSES = ['solved', 'closed'] as const satisfies readonly TicketStatus[];
/** Every other status: a ticket still being worked on, the queue's default and the portal's "active" filter. */
export const OPEN_TICKET_STATUSES = TICKET_STATUSES.filter((s) => !(DONE_TICKET_STATUSES as readonly string[]).includes(s)) as readonly Exclude<
  TicketStatus,
  (typeof DONE_TICKET_STATUSES)[number]
>[];
/** R-K1 channels a ticket (or a refused request) arrives through. */
export const CHANNELS = ['email', 'portal', 'phone', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];
/** R-B1..R-B6 request categories. */
export const TICKET_CATEGORIES = ['bug', 'configuration_error', 'advice', 'configuration_request', 'feature_suggestion', 'change_request'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
/** R-K6 resolution outcomes. */
export const OUTCOMES = ['solved', 'development_task', 'outside_vendor_control', 'lack_of_information'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** R-P4, R-P5: why a ticket does not take one of the allowance. */
export const ALLOWANCE_EXCLUSIONS = ['go_live_grace', 'unlimited'] as const;
export type AllowanceExclusion = (typeof ALLOWANCE_EXCLUSIONS)[number];
/** A ticket message: a public reply, an internal note, or an automatic message. */
export const MESSAGE_KINDS = ['reply', 'note', 'auto'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** R-C2 refused requests kept for people. */
export const UNENTITLED_STATUSES = ['open', 'awaiting_approval', 'converted', 'dismissed'] as const;
export type UnentitledStatus = (typeof UNENTITLED_STATUSES)[number];
/** An Idempotency-Key's record. */
export const IDEMPOTENCY_STATES = ['in_flight', 'done'] as const;
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];

// ---- SLA ----
/** R-S1 the two clocks of a ticket. */
export const SLA_CLOCKS = ['response', 'resolution'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];
/** R-S4 notices: a warning before the due time, a breach after it. */
export const SLA_NOTICE_KINDS = ['warning', 'breach'] as const;
export type SlaNoticeKind = (typeof SLA_NOTICE_KINDS)[number];

// ---- mail ----
export const RECIPIENT_KINDS = ['user', 'contact', 'address'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
/** An outbox row: waiting, delivered, failed for good, kept (no SMTP server), or bounced (RFC 3464). */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'kept', 'bounced'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** What became of an inbound message ('unparseable': kept raw, never processed, issue 13 item 2). */
export const INBOUND_STATUSES = [
  'processing', 'ticket_created', 'reply_added', 'refused', 'kept_not_participant',
  'ignored_auto_reply', 'ignored_bounce', 'ignored_loop', 'ignored_empty', 'failed', 'unparseable',
] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

// ---- billing (docs/BILLING.md) ----
/** R-B7 rounding rule (contract setting): each entry on its own, or the day's total per ticket. */
export const ROUNDING_RULES = ['per_entry', 'per_ticket_per_day'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];
export const ESTIMATE_STATUSES = ['draft', 'sent', 'approved', 'declined'] as const;
export type EstimateStatus = (typeof ESTIMATE_STATUSES)[number];
/** Where a customer's administrator decided on an estimate. */
export const ESTIMATE_DECISION_CHANNELS = ['portal', 'email'] as const satisfies readonly Channel[];
export type EstimateDecisionChannel = (typeof ESTIMATE_DECISION_CHANNELS)[number];
/** R-B4/R-B6 phases of estimated work. */
export const PHASE_STATUSES = ['pending', 'in_progress', 'handed_over', 'accepted'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];
/** R-P7..R-P10 contract charges. */
export const CONTRACT_CHARGE_KINDS = ['activation', 'retroactive', 'renewal', 'adjustment'] as const;
export type ContractChargeKind = (typeof CONTRACT_CHARGE_KINDS)[number];
export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const INVOICE_STATUSES = ['draft', 'issued'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
/** What an invoice line bills. */
export const INVOICE_SOURCE_TYPES = ['contract_charge', 'ticket_bundle', 'overage_ticket', 'ticket_time'] as const;
export type InvoiceSourceType = (typeof INVOICE_SOURCE_TYPES)[number];
export const INVOICE_UNITS = ['month', 'bundle', 'ticket', 'minute'] as const;
export type InvoiceUnit = (typeof INVOICE_UNITS)[number];
/** What a billing claim holds (one invoice line per source): time is claimed per time entry. */
export const BILLING_CLAIM_SOURCE_TYPES = ['contract_charge', 'ticket_bundle', 'overage_ticket', 'time_entry'] as const;
export type BillingClaimSourceType = (typeof BILLING_CLAIM_SOURCE_TYPES)[number];

// ---- products, releases and maintenance (R-V*, R-M*) ----
export const PRODUCT_KINDS = ['product', 'module'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const RELEASE_KINDS = ['major', 'minor', 'hotfix', 'plugin_update'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];
/** Who a maintenance or an announcement is for. */
export const AUDIENCES = ['all', 'product', 'customers'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const MAINTENANCE_STATUSES = ['scheduled', 'cancelled'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
export const ANNOUNCEMENT_KINDS = ['documentation', 'sla', 'policy', 'service', 'product', 'other'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
