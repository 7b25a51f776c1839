import { checkCalendarSpec } from '../../core/catalogue/calendar-check.js';
import { under } from '../../core/catalogue/issues.js';
import { DomainError } from '../../core/errors.js';
import type { CalendarSpec } from '../../core/time/calendar.js';

/** Throws INVALID_CALENDAR (R-T1) with every issue, paths under 'spec'. */
export function assertCalendarSpec(spec: CalendarSpec): void {
  const issues = checkCalendarSpec(spec);
  if (issues.length) throw new DomainError('INVALID_CALENDAR', 'The calendar definition is invalid.', under('spec', issues));
}
