/** Business time (R-T1, R-T2, R-T3): calendars, compilation, exact interval arithmetic, explanations. */
export type { CalendarSpec, CalendarVersion, CustomDay, LocalInterval, Weekday } from './calendar.js';
export { WEEKDAYS } from './calendar.js';
export { validateCalendarSpec, type CalendarProblem } from './validate-calendar-spec.js';
export { compileCalendar, type CompileRange } from './compile-calendar.js';
export { tableBytes, type CompiledCalendar } from './compiled-calendar.js';
export { addBusinessSeconds } from './add-business-seconds.js';
export { businessSecondsBetween } from './business-seconds-between.js';
export { isOpen } from './is-open.js';
export { nextOpening } from './next-opening.js';
export { addWorkingDays } from './add-working-days.js';
export { endOfNthWorkingDay } from './end-of-nth-working-day.js';
export { dueReason, explainAdd, type AddExplanation } from './explain-add.js';
export { explainBetween, explainInstant, type BetweenExplanation, type ExplainedInstant } from './explain-between.js';
export type { CountedInterval, DayNote } from './counted-intervals.js';
export { toLocalIso, toUtcIso } from './local-time.js';
