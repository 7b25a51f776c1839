import type { SeverityTargets as PlanSeverityTargets } from '../catalogue/plan-terms-schema.js';
import { addBusinessSeconds } from '../time/add-business-seconds.js';
import type { CompiledCalendar } from '../time/compiled-calendar.js';
import { targetBudgetSeconds } from './target-budget.js';

/**
 * Altanet's "minimum resolution time" (seed 002: the SHORTEST time the customer will wait, not the
 * longest): the earliest instant a resolution is expected, counted in business time from
 * registration. Indicative: shown, never a breach; an estimate earlier than it needs a reason.
 * The severity's own entry, else '*', else the plan's default severity (R-S1). Epoch seconds;
 * null when the plan names no minimum. Throws TIME_OUT_OF_RANGE beyond the calendar's years.
 */
export function minimumResolutionAt(
  cal: CompiledCalendar,
  planTargets: Record<string, PlanSeverityTargets>,
  severity: string,
  defaultSeverity: string | null,
  registeredAt: number,
): number | null {
  const entry = planTargets[severity] ?? planTargets['*'] ?? (defaultSeverity !== null ? planTargets[defaultSeverity] : undefined);
  const target = entry?.minimumResolution;
  if (!target) return null;
  const budget = targetBudgetSeconds(cal, target, registeredAt);
  return budget === null ? null : addBusinessSeconds(cal, registeredAt, budget);
}
