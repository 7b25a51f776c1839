/**
 * Calendar model (R-T1): plain data, persisted as JSON by the storage layer
 * exactly in this shape. Compile it with `compileCalendar` before doing
 * arithmetic (R-T2).
 */

/** Day of the week, lower-case three-letter English abbreviation. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Weekdays in ISO order (Monday = index 0). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A local wall-clock interval ["HH:MM", "HH:MM"]; the end may be "24:00". Half-open. */
export type LocalInterval = [string, string];

/**
 * A dated exception to the weekly pattern.
 * - `closed` without intervals: the whole day is off.
 * - `closed` with intervals: a partial day off (those intervals are closed).
 * - `open`: an extra working day with `intervals` (or, when omitted, the
 *   weekday's usual intervals; this is how a library holiday is cancelled).
 */
export interface CustomDay {
  date: string; // 'YYYY-MM-DD'
  kind: 'closed' | 'open';
  intervals?: LocalInterval[];
  label?: string;
}

/** One edition of a calendar's rules (R-T1). 24×7 is a calendar too. */
export interface CalendarSpec {
  /** IANA time zone, e.g. "Europe/Madrid". */
  timeZone: string;
  /** Weekly working intervals, local time, several per day allowed. */
  weekly: Record<Weekday, LocalInterval[]>;
  /** ISO 3166-1 country for the `date-holidays` library, e.g. "ES". */
  holidayCountry?: string;
  /** Region ("MD") or country-region ("ES-MD"). */
  holidayRegion?: string;
  /** date-holidays types treated as days off; default ['public']. */
  holidayTypes?: string[];
  /** Dated exceptions; they win over `holidays` and the library. */
  customDays?: CustomDay[];
  /** Extra closed dates 'YYYY-MM-DD'. */
  holidays?: string[];
}

/** A calendar version: the spec in force from `effectiveFrom` (local date, inclusive). */
export interface CalendarVersion {
  version: number;
  effectiveFrom: string; // 'YYYY-MM-DD'
  spec: CalendarSpec;
}
