import { DomainError } from '../errors.js';
import type { CalendarVersion } from './calendar.js';
import { dayNumber, parseIsoDate } from './civil-date.js';
import type { CompiledCalendar, CompiledVersion } from './compiled-calendar.js';
import { DayPlan } from './day-plan.js';
import { libraryClosures } from './holiday-closures.js';
import { validateCalendarSpec } from './validate-calendar-spec.js';
import { buildZonePeriods, offsetAt, wallToEpoch } from './zone-periods.js';

/** Years to precompute, inclusive, e.g. { fromYear: 2025, toYear: 2027 }. */
export interface CompileRange {
  fromYear: number;
  toYear: number;
}

const DAY = 86_400;

function compileVersions(sorted: CalendarVersion[], range: CompileRange): CompiledVersion[] {
  const lo = dayNumber(range.fromYear - 1, 1, 1) * DAY;
  const hi = dayNumber(range.toYear + 2, 1, 1) * DAY;
  return sorted.map((v) => {
    const zone = buildZonePeriods(v.spec.timeZone, lo, hi);
    const from = parseIsoDate(v.effectiveFrom)!;
    return { version: v.version, effectiveFrom: v.effectiveFrom, startsAt: wallToEpoch(zone, from * DAY), zone, notes: new Map() };
  });
}

function check(versions: CalendarVersion[], range: CompileRange): void {
  const problems = versions.flatMap((v, i) => [
    ...(parseIsoDate(v.effectiveFrom) === null ? [{ path: `[${i}].effectiveFrom`, code: 'INVALID_DATE', message: 'expected YYYY-MM-DD' }] : []),
    ...(versions.findIndex((w) => w.effectiveFrom === v.effectiveFrom) < i
      ? [{ path: `[${i}].effectiveFrom`, code: 'DUPLICATE_DATE', message: `another version is already effective from ${v.effectiveFrom}` }]
      : []),
    ...validateCalendarSpec(v.spec).map((p) => ({ ...p, path: `[${i}].spec.${p.path}` })),
  ]);
  if (versions.length === 0) problems.push({ path: '', code: 'EMPTY_INTERVAL', message: 'a calendar needs at least one version' });
  if (!(Number.isInteger(range.fromYear) && Number.isInteger(range.toYear) && range.fromYear <= range.toYear && range.toYear - range.fromYear < 200)) {
    problems.push({ path: 'range', code: 'INVALID_DATE', message: 'fromYear..toYear must be integers, ascending, under 200 years' });
  }
  if (problems.length) throw new DomainError('INVALID_CALENDAR', 'The calendar definition is invalid', { problems });
}

/**
 * Compiles calendar versions (R-T1) into interval tables for local years
 * fromYear..toYear (R-T2). Version k applies from local midnight of its
 * `effectiveFrom` until the next version starts; instants before the first
 * version or outside the years are out of range. DST gaps and overlaps are
 * exact (see `wallToEpoch`). Throws DomainError INVALID_CALENDAR with
 * `details.problems` (field paths) when a spec is invalid.
 */
export function compileCalendar(versions: CalendarVersion[], range: CompileRange): CompiledCalendar {
  check(versions, range);
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const compiled = compileVersions(sorted, range);
  // Local midnight of 1 January in the zone of the version in force that day.
  const yearStart = (y: number) => {
    const key = `${String(y).padStart(4, '0')}-01-01`;
    const v = compiled.findLast((c) => c.effectiveFrom <= key) ?? compiled[0]!;
    return wallToEpoch(v.zone, dayNumber(y, 1, 1) * DAY);
  };
  const rangeStart = Math.max(compiled[0]!.startsAt, yearStart(range.fromYear));
  const rangeEnd = yearStart(range.toYear + 1);
  const open: number[] = [], close: number[] = [], cumEnd: number[] = [], ver: number[] = [];
  const dayFirst: number[] = [], dayDate: number[] = [];
  let cum = 0;
  compiled.forEach((cv, k) => {
    const lo = Math.max(cv.startsAt, rangeStart);
    const hi = Math.min(compiled[k + 1]?.startsAt ?? Infinity, rangeEnd);
    if (lo >= hi) return;
    const plan = new DayPlan(sorted[k]!.spec, libraryClosures(sorted[k]!.spec, range.fromYear - 1, range.toYear + 1));
    const firstDay = Math.floor((lo + offsetAt(cv.zone, lo)) / DAY);
    const lastDay = Math.floor((hi + offsetAt(cv.zone, hi)) / DAY);
    for (let d = firstDay; d <= lastDay; d++) {
      const { ranges, notes } = plan.openings(d);
      if (notes.length) cv.notes.set(d, notes);
      let started = false;
      for (const [s, e] of ranges) {
        const a = Math.max(lo, wallToEpoch(cv.zone, d * DAY + s * 60));
        const b = Math.min(hi, wallToEpoch(cv.zone, d * DAY + e * 60));
        if (b <= a) continue;
        if (!started) {
          dayFirst.push(open.length);
          dayDate.push(d);
          started = true;
        }
        cum += b - a;
        open.push(a);
        close.push(b);
        cumEnd.push(cum);
        ver.push(k);
      }
    }
  });
  dayFirst.push(open.length);
  return {
    fromYear: range.fromYear,
    toYear: range.toYear,
    rangeStart,
    rangeEnd,
    open: Float64Array.from(open),
    close: Float64Array.from(close),
    cumEnd: Float64Array.from(cumEnd),
    intervalVersion: Uint16Array.from(ver),
    dayFirst: Int32Array.from(dayFirst),
    dayDate: Int32Array.from(dayDate),
    versions: compiled,
  };
}
