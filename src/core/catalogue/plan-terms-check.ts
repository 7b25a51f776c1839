import { BILLING_CATEGORIES } from '../billing/chargeability.js';
import { pathOf, type Issue } from './issues.js';
import type { PlanTerms } from './plan-terms-schema.js';

export interface PlanTermsContext {
  /** Codes of the severities that exist (archived ones included: old versions keep them). */
  severityCodes: ReadonlySet<string>;
  /** Whether calendarId names an existing calendar. */
  calendarExists: boolean;
}

/**
 * R-P1: checks what the JSON schema cannot: targets name real severities,
 * a plan with targets or channels has a calendar, warnings ascend.
 * Returns every issue (empty = valid); never throws.
 */
export function checkPlanTerms(t: PlanTerms, ctx: PlanTermsContext): Issue[] {
  const issues: Issue[] = [];
  if (t.calendarId !== null && !ctx.calendarExists) issues.push({ path: 'calendarId', problem: 'no such calendar' });
  const hasTargets = Object.keys(t.targets).length > 0;
  if (t.calendarId === null && (hasTargets || t.channels.length > 0)) {
    issues.push({ path: 'calendarId', problem: 'a plan with channels or targets needs a coverage calendar (R-T1)' });
  }
  for (const code of Object.keys(t.targets)) {
    if (code !== '*' && !ctx.severityCodes.has(code)) issues.push({ path: pathOf('targets', code), problem: `no severity "${code}"` });
  }
  // R-P1: included (free) request categories are the R-B* categories chargeability knows.
  t.freeCategories.forEach((c, i) => {
    if (!(BILLING_CATEGORIES as readonly string[]).includes(c)) issues.push({ path: pathOf('freeCategories', i), problem: `no request category "${c}"` });
  });
  // R-S1: the default severity is a real one and, when the plan lists severities, one of them (so it has targets).
  if (t.defaultSeverity !== null) {
    if (!ctx.severityCodes.has(t.defaultSeverity)) issues.push({ path: 'defaultSeverity', problem: `no severity "${t.defaultSeverity}"` });
    else if (Object.keys(t.targets).length > 0 && !(t.defaultSeverity in t.targets) && !('*' in t.targets)) {
      issues.push({ path: 'defaultSeverity', problem: `the plan lists no targets for "${t.defaultSeverity}"` });
    }
  }
  t.warningPercents.forEach((p, i) => {
    const prev = t.warningPercents[i - 1];
    if (prev !== undefined && p <= prev) issues.push({ path: pathOf('warningPercents', i), problem: 'warning percents must ascend' });
  });
  return issues;
}

/** The targets that apply to a severity: its own entry, else the '*' entry, else none. */
export function targetsFor(t: Pick<PlanTerms, 'targets'>, severity: string): PlanTerms['targets'][string] | null {
  return t.targets[severity] ?? t.targets['*'] ?? null;
}
