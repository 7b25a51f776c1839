import type { CompiledCalendar } from '../time/compiled-calendar.js';
import { addWorkingDays } from '../time/add-working-days.js';
import { businessSecondsBetween } from '../time/business-seconds-between.js';
import { endOfNthWorkingDay } from '../time/end-of-nth-working-day.js';
import type { Target } from './targets.js';

/**
 * Business seconds a target allows, counted from registration (R-T3, R-S5).
 * Calendar-shaped targets (days, end of nth working day) are turned into a
 * budget once, from the registration instant, so pauses simply extend it.
 * Returns null for an estimate target (its budget depends on the estimate).
 * Throws DomainError TIME_OUT_OF_RANGE beyond the calendar's years.
 */
export function targetBudgetSeconds(cal: CompiledCalendar, target: Target, registeredAt: number): number | null {
  switch (target.kind) {
    case 'business_minutes':
      return target.minutes * 60;
    case 'business_days':
      return businessSecondsBetween(cal, registeredAt, addWorkingDays(cal, registeredAt, target.days));
    case 'end_of_nth_working_day':
      return Math.max(0, businessSecondsBetween(cal, registeredAt, endOfNthWorkingDay(cal, registeredAt, target.n)));
    case 'estimate':
      return null;
  }
}
