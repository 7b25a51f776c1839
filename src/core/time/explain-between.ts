import type { CompiledCalendar } from './compiled-calendar.js';
import { businessSecondsBetween } from './business-seconds-between.js';
import { countedIntervals, dayNotes, type CountedInterval, type DayNote } from './counted-intervals.js';
import { toLocalIso, toUtcIso } from './local-time.js';

/** An instant in epoch seconds with its UTC and local ISO forms. */
export interface ExplainedInstant {
  epochSeconds: number;
  utc: string;
  local: string;
}

/** Why a span holds so many business seconds (R-T2 explanations). */
export interface BetweenExplanation {
  from: ExplainedInstant;
  to: ExplainedInstant;
  /** Signed, as businessSecondsBetween. */
  businessSeconds: number;
  /** Counted intervals in chronological order (of [min, max] when to < from). */
  intervals: CountedInterval[];
  /** Calendar versions whose intervals were counted. */
  calendarVersions: number[];
  /** Holidays and custom days in the span. */
  dayNotes: DayNote[];
}

/** Instant with its UTC and local ISO strings. */
export function explainInstant(cal: CompiledCalendar, t: number): ExplainedInstant {
  return { epochSeconds: t, utc: toUtcIso(t), local: toLocalIso(cal, t) };
}

/**
 * Explains businessSecondsBetween(cal, a, b): counted intervals (UTC and local),
 * calendar versions and day notes. Units: epoch seconds.
 * Throws DomainError TIME_OUT_OF_RANGE like businessSecondsBetween.
 */
export function explainBetween(cal: CompiledCalendar, a: number, b: number): BetweenExplanation {
  const businessSeconds = businessSecondsBetween(cal, a, b);
  const intervals = countedIntervals(cal, Math.min(a, b), Math.max(a, b));
  return {
    from: explainInstant(cal, a),
    to: explainInstant(cal, b),
    businessSeconds,
    intervals,
    calendarVersions: [...new Set(intervals.map((i) => i.calendarVersion))],
    dayNotes: dayNotes(cal, Math.min(a, b), Math.max(a, b)),
  };
}
