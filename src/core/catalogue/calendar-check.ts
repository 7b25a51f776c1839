import { WEEKDAYS, type CalendarSpec } from '../time/calendar.js';
import { validateCalendarSpec } from '../time/validate-calendar-spec.js';
import type { Issue } from './issues.js';

/**
 * R-T1: checks a calendar spec for storage: everything the time engine's
 * validateCalendarSpec checks (zone, intervals, dates, holiday country and
 * region), plus a week with some working time (a plan on an empty calendar
 * could never meet a target). Returns every issue (empty = valid).
 */
export function checkCalendarSpec(spec: CalendarSpec): Issue[] {
  const issues: Issue[] = validateCalendarSpec(spec).map((p) => ({ path: p.path, problem: p.message }));
  const working = WEEKDAYS.some((d) => (spec.weekly?.[d]?.length ?? 0) > 0);
  if (!working) issues.push({ path: 'weekly', problem: 'the week has no working time; a 24×7 calendar lists 00:00–24:00 every day' });
  return issues;
}
