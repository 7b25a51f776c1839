import type { Activity, ChargeKind, EstimateStatus, PhaseStatus, RoundingRule } from './types';

// Translation keys for the billing vocabulary (literals, so the keys test sees them).

export const ACTIVITY_KEYS: Record<Activity, string> = {
  communication: 'billing.activity.communication',
  identification: 'billing.activity.identification',
  configuration: 'billing.activity.configuration',
  administration: 'billing.activity.administration',
  testing: 'billing.activity.testing',
  implementation: 'billing.activity.implementation',
};

export const ESTIMATE_STATUS_KEYS: Record<EstimateStatus, string> = {
  draft: 'billing.estimateStatus.draft',
  sent: 'billing.estimateStatus.sent',
  approved: 'billing.estimateStatus.approved',
  declined: 'billing.estimateStatus.declined',
};

export const ESTIMATE_STATUS_COLOR: Record<EstimateStatus, string> = { draft: 'gray', sent: 'blue', approved: 'teal', declined: 'red' };

export const PHASE_STATUS_KEYS: Record<PhaseStatus, string> = {
  pending: 'billing.phaseStatus.pending',
  in_progress: 'billing.phaseStatus.in_progress',
  handed_over: 'billing.phaseStatus.handed_over',
  accepted: 'billing.phaseStatus.accepted',
};

export const ROUNDING_KEYS: Record<RoundingRule, string> = {
  per_entry: 'billing.rounding.per_entry',
  per_ticket_per_day: 'billing.rounding.per_ticket_per_day',
};

export const CHARGE_KIND_KEYS: Record<ChargeKind, string> = {
  activation: 'billing.chargeKind.activation',
  retroactive: 'billing.chargeKind.retroactive',
  renewal: 'billing.chargeKind.renewal',
  adjustment: 'billing.chargeKind.adjustment',
};

export const SOURCE_KEYS: Record<string, string> = {
  contract_charge: 'billing.source.contract_charge',
  ticket_bundle: 'billing.source.ticket_bundle',
  overage_ticket: 'billing.source.overage_ticket',
  ticket_time: 'billing.source.ticket_time',
};

/** Why work is billable or free, per the rule's reasonKey (R-B1..R-B6); the server's English sentence otherwise. */
export const REASON_KEYS: Record<string, string> = {
  not_classified: 'billing.reason.not_classified',
  bug_hosted: 'billing.reason.bug_hosted',
  bug_subscription: 'billing.reason.bug_subscription',
  bug_no_subscription: 'billing.reason.bug_no_subscription',
  advice_service_contract: 'billing.reason.advice_service_contract',
  advice_no_service_contract: 'billing.reason.advice_no_service_contract',
  configuration_free_task_held: 'billing.reason.configuration_free_task_held',
  configuration_free_task_available: 'billing.reason.configuration_free_task_available',
  configuration_request_billable: 'billing.reason.configuration_request_billable',
  feature_suggestion_free: 'billing.reason.feature_suggestion_free',
  change_request_billable: 'billing.reason.change_request_billable',
  configuration_not_taken_over: 'billing.reason.configuration_not_taken_over',
  configuration_before_takeover: 'billing.reason.configuration_before_takeover',
  configuration_within_verification: 'billing.reason.configuration_within_verification',
  configuration_after_verification: 'billing.reason.configuration_after_verification',
  included_in_plan: 'billing.reason.included_in_plan',
  contract_override_free: 'billing.reason.contract_override_free',
  contract_override_billable: 'billing.reason.contract_override_billable',
};
