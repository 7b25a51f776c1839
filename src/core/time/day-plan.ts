import { WEEKDAYS, type CalendarSpec, type CustomDay, type LocalInterval } from './calendar.js';
import { parseHhmm, parseIsoDate, weekdayIndex } from './civil-date.js';
import type { Closure } from './holiday-closures.js';

/** Minute ranges [start, end) of one local day. */
export type MinuteRanges = Array<[number, number]>;

/** The open ranges of a day and the reasons it differs from the weekly pattern. */
export interface DayOpenings {
  ranges: MinuteRanges;
  notes: string[];
}

function toMinutes(list: LocalInterval[] | undefined): MinuteRanges {
  return (list ?? []).map(([s, e]) => [parseHhmm(s) ?? 0, parseHhmm(e) ?? 0]);
}

/** Sorted, merged (adjacent ranges joined), non-empty ranges. */
function normalize(r: MinuteRanges): MinuteRanges {
  const sorted = r.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: MinuteRanges = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `open` minus `closed`, both normalized. */
function subtract(open: MinuteRanges, closed: MinuteRanges): MinuteRanges {
  let cur = open;
  for (const [cs, ce] of closed) {
    const next: MinuteRanges = [];
    for (const [s, e] of cur) {
      if (ce <= s || cs >= e) next.push([s, e]);
      else {
        if (cs > s) next.push([s, cs]);
        if (ce < e) next.push([ce, e]);
      }
    }
    cur = next;
  }
  return cur;
}

/**
 * Precomputed rules of one calendar spec, answering "which local minutes are
 * open on day D" (R-T1). Precedence: custom day > extra holiday date > library
 * holiday > weekly pattern. A lunch break is two weekly intervals, never a
 * holiday (osTicket #6847); any subset of weekdays may be set (osTicket #6739).
 */
export class DayPlan {
  private readonly weekly: MinuteRanges[];
  private readonly extraHolidays: Set<number>;
  private readonly custom = new Map<number, CustomDay>();
  private readonly library: Map<number, Closure>;

  constructor(spec: CalendarSpec, library: Map<number, Closure>) {
    this.library = library;
    this.weekly = WEEKDAYS.map((d) => normalize(toMinutes(spec.weekly[d])));
    this.extraHolidays = new Set((spec.holidays ?? []).map((d) => parseIsoDate(d)!).filter((d) => d !== null));
    for (const c of spec.customDays ?? []) this.custom.set(parseIsoDate(c.date)!, c);
  }

  /** Open minute ranges of local day number `day`, with notes on what changed them. */
  openings(day: number): DayOpenings {
    const base = this.weekly[weekdayIndex(day)]!;
    const notes: string[] = [];
    let ranges = base;
    const lib = this.library.get(day);
    if (this.extraHolidays.has(day)) {
      ranges = [];
      notes.push('holiday');
    } else if (lib) {
      ranges = lib.whole ? [] : subtract(ranges, normalize(lib.ranges.map((r) => [r[0], r[1]])));
      notes.push(...lib.labels);
    }
    const c = this.custom.get(day);
    if (c?.kind === 'open') ranges = c.intervals ? normalize(toMinutes(c.intervals)) : base;
    if (c?.kind === 'closed') ranges = c.intervals ? subtract(ranges, normalize(toMinutes(c.intervals))) : [];
    if (c) notes.push(c.label ?? `custom ${c.kind} day`);
    return { ranges, notes };
  }
}
