/**
 * Coded domain errors. Every error a caller can see has a SCREAMING_SNAKE code
 * from ERROR_CATALOGUE; the server maps codes to HTTP status in one table
 * (src/server/error-status.ts). Messages are for people; codes are for programs.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: 'Input did not match the schema; details list each field path and problem.',
  UNAUTHENTICATED: 'No valid session or API token.',
  FORBIDDEN: 'The caller is signed in but its role may not do this.',
  CSRF_FAILED: 'A cookie-authenticated write without a matching CSRF token.',
  NOT_FOUND: 'No such object, or it belongs to another customer (indistinguishable on purpose).',
  CONFLICT: 'The change conflicts with the current state (duplicate unique value, stale version).',
  RATE_LIMITED: 'Too many attempts; retry after the given number of seconds.',
  INVALID_CREDENTIALS: 'Email or password is wrong (never says which).',
  ACCOUNT_DISABLED: 'The account is archived and may not sign in.',
  FIELD_NOT_ALLOWED: 'The caller role may not set one of the given fields.',
  CONTACT_CAP_REACHED: 'R-C2: the plan caps authorized contacts and the cap is reached.',
  ADMINISTRATOR_EXISTS: 'A customer has exactly one administrator contact.',
  INVALID_CALENDAR: 'R-T1: the calendar definition is invalid (zone, intervals, holidays).',
  INVALID_PLAN: 'R-P1: the plan version definition is invalid.',
  INVALID_DATE_RANGE: 'An end date lies before its start date.',
  PRESET_NOT_FOUND: 'No preset catalogue with that name.',
  INVALID_PRESET: 'A preset file does not match the preset schema; details list each path.',
  INVALID_TICKET_EVENT: 'R-K10: a ticket history event has an unknown type or a payload that does not match its definition (core/tickets/ticket-events.ts); details give the type, the event id and each path and problem. A defect, never skipped.',
  EFFECTIVE_DATE_TOO_EARLY: 'R-P2: a new version takes effect today or later, and after the latest version; details give the minimum.',
  TIME_OUT_OF_RANGE: 'R-T2: the instant lies outside the range the calendar can compute.',
  INVALID_TARGET: 'R-T3: a target could not be parsed or does not fit the calendar.',
  NOT_AUTHORIZED_CONTACT: 'R-C2: only authorized contacts may report incidents; the request is kept as unentitled.',
  CONTACT_BEYOND_CAP: 'R-C2: the contact is authorized but beyond the cap in force (the earliest authorized are within it); kept as unentitled.',
  CONTACT_CAP_CHOICE_REQUIRED: 'R-C2: the plan change would leave more authorized contacts than its cap; details list them and the cap, choose who stays (keepAuthorized).',
  CHANNEL_NOT_IN_PLAN: 'R-K1/R-C2: the plan does not include this channel; the request is kept as unentitled.',
  NO_ACTIVE_CONTRACT: 'R-P3: no contract in force on the registration date; the request is kept as unentitled.',
  ALLOWANCE_EXHAUSTED: 'R-P5: the contract year allowance is used up and the plan holds new tickets for approval; kept as unentitled.',
  INVALID_SEVERITY: 'R-K2: the severity is unknown or not offered by the plan.',
  TRANSITION_NOT_ALLOWED: 'R-K3: the status change is not allowed from the current status; details list the allowed ones.',
  REASON_REQUIRED: 'R-K2/R-K7: this change needs a recorded reason.',
  ESTIMATE_BEFORE_MINIMUM: 'Seed 002: the estimate date is earlier than the plan\'s minimum resolution time; confirm it with a reason (details.minimumResolutionAt).',
  IDEMPOTENCY_KEY_REUSED: 'The Idempotency-Key was used before with a different request body.',
  ATTACHMENT_TOO_LARGE: 'The file is larger than the configured attachment limit.',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'The file type is not accepted as an attachment.',
  REQUEST_NOT_OPEN: 'The unentitled request was already converted or dismissed.',
  INVALID_VERSION: "R-V2: a version string does not match its product's version scheme; details give the scheme, the expected shape and an example.",
  INVALID_VERSION_SCHEME: 'R-V2: a version scheme definition is inconsistent; details list each path.',
  NOT_AN_UPGRADE: 'R-V5: the target version is not later than the installed one.',
  RELEASE_ALREADY_PUBLISHED: "R-V3: a published release's version, kind and audience cannot change.",
  NOTICE_PERIOD_TOO_SHORT: 'R-M1: the start is too soon for the required notice; details give requiredBy and earliestStart. A manager may override with a recorded reason.',
  ESTIMATE_NOT_APPROVED: 'R-B4/R-B6: billable time on a configuration or change request waits for an approved estimate (or the acceptance of the previous phase).',
  ESTIMATE_NOT_APPLICABLE: 'R-B4/R-B6: estimates are made for configuration requests and change requests only.',
  ESTIMATE_STATE_CONFLICT: 'R-B4: the estimate or phase is not in the state this step needs; details give the current and needed state.',
  NOT_CUSTOMER_ADMINISTRATOR: 'Only the customer\'s administrator contact approves estimates, phases and extra costs (002).',
  NO_CUSTOMER_ADMINISTRATOR: 'The customer has no administrator contact to send this to.',
  ALREADY_INVOICED: 'R-B8: the time entry or charge is on a live invoice and cannot change.',
  ALREADY_CHARGED: 'R-P7/R-P8/R-P10: the contract already has this charge for that period.',
  PRICE_MISSING: 'R-P6/R-P5: a needed price (yearly price, overage ticket price) is not set; details name it.',
  TARIFF_MISSING: 'R-B7: no tariff in force for an activity, currency and date; details list them.',
  CURRENCY_MISMATCH: 'R-B8: an item to invoice is in another currency than the customer\'s; details list them.',
  NOTHING_TO_INVOICE: 'R-B8: the customer has nothing to invoice in the period.',
  INVOICE_NOT_DRAFT: 'R-B8: the invoice is issued and immutable; correct it with a credit note.',
  INVOICE_ALREADY_CREDITED: 'R-B8: a line of the invoice was already credited.',
  INFLATION_RATE_MISSING: 'R-P9: no inflation rate was entered for the year of the increase.',
  INCREASE_ABOVE_INFLATION: 'R-P9: a yearly increase may not exceed the inflation rate a manager entered.',
  INCREASE_AND_ADJUSTMENT_SAME_YEAR: 'R-P9: a contract year has either a licence/development cost adjustment or an inflation increase, never both; details name the one already recorded.',
  INCREASE_NOT_AGREED: 'R-P9: a yearly increase needs the customer\'s recorded agreement.',
  INVALID_TEXT: 'Text that cannot be stored exactly as sent: a NUL character, invalid UTF-8 or a lone surrogate; details name the field path.',
  MALFORMED_BODY: 'The request body could not be read: truncated or malformed multipart, too many parts or fields, or a missing boundary.',
  UPLOAD_BUDGET_EXCEEDED: 'Uploads by this contact or customer in the last 24 hours reached the configured budget; details give the scope, limit and retry time.',
  CONFIRMATION_INVALID: 'An email confirmation link is unknown, already used, expired, or for an address the contact no longer has.',
  PASSWORD_CHANGE_REQUIRED: 'The account must change its password before doing anything else (only the password change and sign-out are open).',
  SERVICE_UNAVAILABLE: 'The server is shutting down or not ready; retry shortly.',
  INTERNAL: 'An unexpected failure; the log has the details.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class DomainError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: ErrorCode | string, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details ?? null;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
