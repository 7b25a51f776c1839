import type { CompiledCalendar } from './compiled-calendar.js';
import { formatIsoDate } from './civil-date.js';
import { localDayAt, toLocalIso, toUtcIso } from './local-time.js';
import { lastOpenAtOrBefore } from './lookup.js';

/** One stretch of business time that was counted, in UTC and in the calendar's local time. */
export interface CountedInterval {
  startUtc: string;
  endUtc: string;
  startLocal: string;
  endLocal: string;
  seconds: number;
  calendarVersion: number;
}

/** A local date between the two instants whose hours differ from the weekly pattern, and why. */
export interface DayNote {
  date: string;
  notes: string[];
}

/** The business intervals inside [a, b] (a <= b, epoch seconds), clipped to [a, b]. */
export function countedIntervals(cal: CompiledCalendar, a: number, b: number): CountedInterval[] {
  const out: CountedInterval[] = [];
  for (let i = Math.max(0, lastOpenAtOrBefore(cal, a)); i < cal.open.length && cal.open[i]! < b; i++) {
    const s = Math.max(a, cal.open[i]!);
    const e = Math.min(b, cal.close[i]!);
    if (e <= s) continue;
    out.push({
      startUtc: toUtcIso(s),
      endUtc: toUtcIso(e),
      startLocal: toLocalIso(cal, s),
      endLocal: toLocalIso(cal, e),
      seconds: e - s,
      calendarVersion: cal.versions[cal.intervalVersion[i]!]!.version,
    });
  }
  return out;
}

/** Holidays and custom days between the local dates of a and b (inclusive), e.g. "Navidad". */
export function dayNotes(cal: CompiledCalendar, a: number, b: number): DayNote[] {
  const from = localDayAt(cal, a);
  const to = localDayAt(cal, b);
  const byDay = new Map<number, string[]>();
  for (const v of cal.versions) {
    for (const [d, notes] of v.notes) if (d >= from && d <= to) byDay.set(d, notes);
  }
  return [...byDay.entries()].sort((x, y) => x[0] - y[0]).map(([d, notes]) => ({ date: formatIsoDate(d), notes }));
}
