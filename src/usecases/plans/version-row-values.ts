import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { Actor } from '../../core/actor.js';
import type { planVersions } from '../../storage/schema/index.js';

/** The plan_versions row for some terms. */
export function versionRowValues(
  planId: string,
  version: number,
  effectiveFrom: string,
  t: PlanTerms,
  actor: Actor,
  now: Date,
): typeof planVersions.$inferInsert {
  return {
    planId,
    version,
    effectiveFrom,
    calendarId: t.calendarId,
    channels: t.channels,
    maxAuthorizedContacts: t.maxAuthorizedContacts,
    ticketsPerYear: t.ticketsPerYear,
    overageRule: t.overageRule,
    firstResponseRule: t.firstResponseRule,
    highPriority: t.highPriority,
    warningPercents: t.warningPercents,
    services: t.services,
    entitlements: t.entitlements as Record<string, unknown>,
    freeCategories: t.freeCategories,
    targets: t.targets as Record<string, unknown>,
    notes: t.notes,
    pendingReminderDays: t.pendingReminderDays,
    pendingCloseDays: t.pendingCloseDays,
    pauseOnHold: t.pauseOnHold,
    defaultSeverity: t.defaultSeverity,
    createdAt: now,
    createdBy: actor.kind === 'user' ? actor.id : null,
  };
}
