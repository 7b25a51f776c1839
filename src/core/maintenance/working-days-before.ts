import { DomainError } from '../errors.js';
import { formatIsoDate } from '../time/civil-date.js';
import type { CompiledCalendar } from '../time/index.js';
import { localDayAt } from '../time/local-time.js';

/** First working-day index whose local date is >= `day` (dayDate is sorted), or dayDate.length. */
function firstWorkingDayOnOrAfter(cal: CompiledCalendar, day: number): number {
  let lo = 0;
  let hi = cal.dayDate.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cal.dayDate[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function outOfRange(cal: CompiledCalendar): DomainError {
  return new DomainError('TIME_OUT_OF_RANGE', `The notice period lies outside the calendar's computed years ${cal.fromYear}–${cal.toYear}`, {});
}

/**
 * R-M1 "N working days before" an instant `t` (epoch seconds), counted
 * BACKWARDS in the vendor's calendar: the N working days strictly before the
 * local date of `t` (the day of the work never counts, whatever the hour),
 * skipping weekends, holidays and closed custom days. The notice must go out
 * by the OPENING of the earliest of them, so every one of the N days is a
 * full working day of notice. Returns that instant and the counted dates,
 * latest first. Throws TIME_OUT_OF_RANGE when the tables are too short.
 */
export function workingDaysBefore(cal: CompiledCalendar, t: number, n: number): { latestNotice: number; counted: string[] } {
  const k = firstWorkingDayOnOrAfter(cal, localDayAt(cal, t));
  if (k - n < 0) throw outOfRange(cal);
  const counted: string[] = [];
  for (let i = k - 1; i >= k - n; i--) counted.push(formatIsoDate(cal.dayDate[i]!));
  return { latestNotice: cal.open[cal.dayFirst[k - n]!]!, counted };
}

/**
 * The inverse, for the refusal's "earliest allowed start": the first local
 * date D such that workingDaysBefore(D, n) opens at or after `now` — the day
 * after the n-th working day whose opening is not yet past. Returns D as
 * 'YYYY-MM-DD' in the calendar's zone. Throws TIME_OUT_OF_RANGE.
 */
export function earliestDateAfterWorkingDays(cal: CompiledCalendar, now: number, n: number): string {
  let k = firstWorkingDayOnOrAfter(cal, localDayAt(cal, now));
  while (k < cal.dayDate.length && cal.open[cal.dayFirst[k]!]! < now) k++;
  const last = k + n - 1;
  if (last >= cal.dayDate.length) throw outOfRange(cal);
  return formatIsoDate(cal.dayDate[last]! + 1);
}
