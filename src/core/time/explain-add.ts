import type { CompiledCalendar } from './compiled-calendar.js';
import { addBusinessSeconds } from './add-business-seconds.js';
import { countedIntervals, dayNotes, type CountedInterval, type DayNote } from './counted-intervals.js';
import { explainInstant, type ExplainedInstant } from './explain-between.js';
import { closingBeforeDue } from './lookup.js';

/** Why addBusinessSeconds gave its due instant (R-T2 explanations). */
export interface AddExplanation {
  from: ExplainedInstant;
  businessSeconds: number;
  /** The reported due instant (next opening when the budget ends at a closing time). */
  due: ExplainedInstant;
  /** When the budget runs out exactly at a closing time: that closing instant, else null. */
  closing: ExplainedInstant | null;
  intervals: CountedInterval[];
  calendarVersions: number[];
  dayNotes: DayNote[];
}

/**
 * Explains addBusinessSeconds(cal, from, seconds): the counted intervals, the
 * calendar versions, and — when the due instant falls at a closing time — both
 * the closing instant and the next opening it is reported as.
 * Units: epoch seconds. Throws as addBusinessSeconds.
 */
export function explainAdd(cal: CompiledCalendar, from: number, seconds: number): AddExplanation {
  const due = addBusinessSeconds(cal, from, seconds);
  const closing = closingBeforeDue(cal, from, seconds, due);
  const end = closing ?? due;
  const intervals = countedIntervals(cal, from, end);
  return {
    from: explainInstant(cal, from),
    businessSeconds: seconds,
    due: explainInstant(cal, due),
    closing: closing === null ? null : explainInstant(cal, closing),
    intervals,
    calendarVersions: [...new Set(intervals.map((x) => x.calendarVersion))],
    dayNotes: dayNotes(cal, from, due),
  };
}
