import { DomainError } from '../core/errors.js';
import { compileCalendar, validateCalendarSpec, type CalendarSpec, type CompiledCalendar } from '../core/time/index.js';

const MAX_YEARS = 60;
const invalid = (message: string): never => {
  throw new DomainError('VALIDATION_FAILED', message);
};
const yearStart = (year: number) => Date.UTC(year, 0, 1) / 1000;

/**
 * One calendar of a `coverdesk time` run, compiled lazily over the years its
 * questions need. `lo`/`hi` are the instants (epoch seconds) a question may use
 * without recompiling: a year of margin on each side of the compiled range, so
 * the per-question check is two comparisons, not a date conversion.
 */
export interface CalendarEntry {
  spec: CalendarSpec;
  cal: CompiledCalendar | null;
  lo: number;
  hi: number;
}

/** R-T1: the CLI's compact calendar shape → CalendarSpec (missing weekdays are closed). */
export function toSpec(cal: unknown): CalendarSpec {
  if (!cal || typeof cal !== 'object' || Array.isArray(cal)) invalid('"calendar" must be an object like {"tz":…,"hours":{…}}');
  const c = cal as { tz?: unknown; hours?: Record<string, unknown>; holidays?: unknown; holidayRegion?: unknown; holidayCountry?: unknown };
  const hours = c.hours && typeof c.hours === 'object' ? c.hours : invalid('"calendar.hours" must be an object of weekday → intervals');
  const day = (d: string) => (hours[d] ?? []) as Array<[string, string]>;
  return {
    timeZone: c.tz as string,
    weekly: { mon: day('mon'), tue: day('tue'), wed: day('wed'), thu: day('thu'), fri: day('fri'), sat: day('sat'), sun: day('sun') },
    ...(c.holidays !== undefined ? { holidays: c.holidays as string[] } : {}),
    // R-T1: "ES" is Spain's national holidays, "ES-MD" Madrid's; an unknown code is refused when the calendar compiles.
    ...(c.holidayRegion !== undefined ? { holidayRegion: typeof c.holidayRegion === 'string' ? c.holidayRegion : invalid('"calendar.holidayRegion" must be a string like "ES" or "ES-MD"') } : {}),
    ...(c.holidayCountry !== undefined ? { holidayCountry: typeof c.holidayCountry === 'string' ? c.holidayCountry : invalid('"calendar.holidayCountry" must be a string like "ES"') } : {}),
  };
}

/** A new entry for a calendar (compiled on first use). */
export function calendarEntry(calendar: unknown): CalendarEntry {
  return { spec: toSpec(calendar), cal: null, lo: Infinity, hi: -Infinity };
}

/**
 * Calendars named in this process, by the text of their definition: a
 * definition seen before (the same calendar in another batch, or named again)
 * reuses its compiled tables, whose compilation (holidays, zone transitions:
 * 40-110 ms a calendar) would otherwise cost as much as answering 100,000 questions.
 */
const definitions = new Map<string, CalendarEntry>();

/** A calendar named once (`calendar NAME {…}`, `--calendar`), given as JSON text: checked at once, so a bad one is reported on its own line. */
export function definedCalendar(json: string): CalendarEntry {
  const known = definitions.get(json);
  if (known) return known;
  let calendar: unknown;
  try {
    calendar = JSON.parse(json) as unknown;
  } catch (err) {
    invalid(`the calendar is not JSON: ${(err as Error).message}`);
  }
  const e = calendarEntry(calendar);
  const problems = validateCalendarSpec(e.spec);
  if (problems.length) throw new DomainError('INVALID_CALENDAR', 'The calendar definition is invalid', { problems });
  if (definitions.size >= 256) definitions.clear();
  definitions.set(json, e);
  return e;
}

/**
 * A calendar given inline on every line (the original JSON-lines form), found
 * by its JSON text: that serialisation per line is what the named forms avoid
 * (bench/business-time/cli-batch.ts). Checked when it first compiles, as before.
 */
// Not `definitions`: those are checked when named, these only when they compile.
const inline = new Map<string, CalendarEntry>();

export function inlineCalendar(calendar: unknown): CalendarEntry {
  const key = JSON.stringify(calendar);
  let e = inline.get(key);
  if (!e) {
    e = calendarEntry(calendar);
    if (inline.size >= 256) inline.clear();
    inline.set(key, e);
  }
  return e;
}

/** Runs `fn` on the calendar compiled over the instants' years (±1), widening the range when a result lies beyond it. */
export function onCalendar<T>(e: CalendarEntry, a: number, b: number, fn: (cal: CompiledCalendar) => T): T {
  if (e.cal && a >= e.lo && a < e.hi && b >= e.lo && b < e.hi) {
    try {
      return fn(e.cal);
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'TIME_OUT_OF_RANGE')) throw err;
    }
  }
  let from = new Date(Math.min(a, b) * 1000).getUTCFullYear() - 1;
  let to = new Date(Math.max(a, b) * 1000).getUTCFullYear() + 1;
  for (;;) {
    if (!e.cal || e.cal.fromYear > from || e.cal.toYear < to) {
      from = Math.min(from, e.cal?.fromYear ?? from);
      to = Math.max(to, e.cal?.toYear ?? to);
      e.cal = compileCalendar([{ version: 1, effectiveFrom: '1900-01-01', spec: e.spec }], { fromYear: from, toYear: to });
      e.lo = yearStart(e.cal.fromYear + 1);
      e.hi = yearStart(e.cal.toYear);
    }
    try {
      return fn(e.cal);
    } catch (err) {
      const span = e.cal.toYear - e.cal.fromYear;
      if (!(err instanceof DomainError && err.code === 'TIME_OUT_OF_RANGE') || span >= MAX_YEARS) throw err;
      to = Math.min(e.cal.fromYear + MAX_YEARS, e.cal.toYear + Math.max(2, span)); // a result past the range: double it
    }
  }
}
