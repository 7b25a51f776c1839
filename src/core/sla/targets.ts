import type { Static } from '@sinclair/typebox';
import type { TargetSchema } from '../catalogue/plan-terms-schema.js';

/**
 * SLA targets (R-T3), one definition shared with the plan terms that store
 * them (core/catalogue/plan-terms-schema.ts validates them):
 * - business_minutes: N business minutes (hours are stored as minutes);
 * - business_days: the same business-time offset N working days later (see addWorkingDays);
 * - end_of_nth_working_day: by the end of the n-th working day after registration (Altanet: n = 1);
 * - estimate: a due instant set per ticket by an estimate (Altanet "after estimate").
 * `indicative` targets (`> N d` in the seeds) are shown and reported but never
 * breached; the rest (`< N d` and plain values) are commitments.
 */
export type Target = Static<typeof TargetSchema>;

/** Response and resolution targets of one severity in a plan version (R-S1); null = no target. */
export interface SeverityTargets {
  response: Target | null;
  resolution: Target | null;
}
