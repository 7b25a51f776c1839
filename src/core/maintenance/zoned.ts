import { Temporal } from 'temporal-polyfill';

/** The same wall-clock time `days` civil days earlier (negative: later) in `timeZone`; DST-exact. */
export function minusCalendarDays(at: Date, days: number, timeZone: string): Date {
  const z = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);
  return new Date(z.subtract({ days }).epochMilliseconds);
}

/** Local midnight (start of day) of 'YYYY-MM-DD' in `timeZone`; a DST gap at midnight gives the first valid instant. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}
