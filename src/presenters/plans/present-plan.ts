import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { PlanRow, PlanVersionRow } from '../../storage/plans.queries.js';
import type { PlanVersionView, PlanView } from '../../views/catalogue.js';

export type { PlanVersionView, PlanView };

export function presentPlan(r: PlanRow): PlanView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    catalogue: r.catalogue,
    rank: r.rank,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The terms stored in a plan_versions row. */
export function termsOf(v: PlanVersionRow): PlanTerms {
  return {
    calendarId: v.calendarId,
    channels: v.channels as PlanTerms['channels'],
    maxAuthorizedContacts: v.maxAuthorizedContacts,
    ticketsPerYear: v.ticketsPerYear,
    overageRule: v.overageRule,
    firstResponseRule: v.firstResponseRule,
    highPriority: v.highPriority,
    warningPercents: v.warningPercents,
    services: v.services,
    entitlements: v.entitlements as PlanTerms['entitlements'],
    freeCategories: v.freeCategories,
    targets: v.targets as PlanTerms['targets'],
    notes: v.notes,
    pendingReminderDays: v.pendingReminderDays,
    pendingCloseDays: v.pendingCloseDays,
    pauseOnHold: v.pauseOnHold,
    defaultSeverity: v.defaultSeverity,
  };
}

export function presentPlanVersion(v: PlanVersionRow): PlanVersionView {
  return { planId: v.planId, version: v.version, effectiveFrom: v.effectiveFrom, terms: termsOf(v), createdAt: v.createdAt.toISOString() };
}
