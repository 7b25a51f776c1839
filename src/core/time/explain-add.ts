import type { CompiledCalendar } from './compiled-calendar.js';
import { addBusinessSeconds } from './add-business-seconds.js';
import { countedIntervals, dayNotes, type CountedInterval, type DayNote } from './counted-intervals.js';
import { explainInstant, type ExplainedInstant } from './explain-between.js';
import { openingAfterClosing } from './lookup.js';

/** Why addBusinessSeconds gave its due instant (R-T2, R-T5 explanations). */
export interface AddExplanation {
  from: ExplainedInstant;
  businessSeconds: number;
  /** The due instant: the earliest instant at which the budget is used up. */
  due: ExplainedInstant;
  /** True when the budget runs out exactly at a closing time (the due instant is that closing time). */
  dueAtClosing: boolean;
  /** When dueAtClosing: the next opening, when work resumes (a reply then is late), else null. */
  nextOpening: ExplainedInstant | null;
  /** One sentence saying why the due instant is what it is. */
  why: string;
  intervals: CountedInterval[];
  calendarVersions: number[];
  dayNotes: DayNote[];
}

/** The plain sentence of an explanation (R-T5), shared by the CLI and the SLA explanations. */
export function dueReason(businessSeconds: number, due: ExplainedInstant, nextOpening: ExplainedInstant | null): string {
  const amount = `${+(businessSeconds / 3600).toFixed(4)} business hours`;
  if (businessSeconds === 0) return `No business time to add: due at the start instant ${due.local}.`;
  if (nextOpening) {
    return `The ${amount} run out exactly at the closing time ${due.local}, so that closing time is the due instant; the next opening (${nextOpening.local}) would already be late.`;
  }
  return `The ${amount} run out at ${due.local}, inside working hours.`;
}

/**
 * Explains addBusinessSeconds(cal, from, seconds): the counted intervals, the
 * calendar versions and why the due instant is what it is — when the budget
 * runs out at a closing time, the due instant is that closing time and the
 * next opening is named as well (R-T5).
 * Units: epoch seconds. Throws as addBusinessSeconds.
 */
export function explainAdd(cal: CompiledCalendar, from: number, seconds: number): AddExplanation {
  const due = addBusinessSeconds(cal, from, seconds);
  const opening = seconds > 0 ? openingAfterClosing(cal, due) : null;
  const intervals = countedIntervals(cal, from, due);
  const dueX = explainInstant(cal, due);
  const nextOpening = opening === null ? null : explainInstant(cal, opening);
  return {
    from: explainInstant(cal, from),
    businessSeconds: seconds,
    due: dueX,
    dueAtClosing: opening !== null,
    nextOpening,
    why: dueReason(seconds, dueX, nextOpening),
    intervals,
    calendarVersions: [...new Set(intervals.map((x) => x.calendarVersion))],
    // Up to the next opening, so the explanation names the holidays between the closing and it.
    dayNotes: dayNotes(cal, from, opening ?? due),
  };
}
