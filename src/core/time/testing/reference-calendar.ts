import { WEEKDAYS, type CalendarSpec } from '../calendar.js';
import { parseHhmm } from '../civil-date.js';
import { holidayPlace, openHolidays } from '../holiday-place.js';

/**
 * A deliberately simple reference for property tests (not for production):
 * asks Intl for the wall clock of every minute and steps minute by minute.
 * Supports weekly intervals and whole-day public holidays only.
 */
export class ReferenceCalendar {
  private readonly fmt: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private readonly weekly: Array<Array<[number, number]>>;
  private readonly holidays = new Set<string>();

  constructor(spec: CalendarSpec, years: number[]) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: spec.timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    this.weekly = WEEKDAYS.map((d) => spec.weekly[d].map(([s, e]) => [parseHhmm(s)!, parseHhmm(e)!] as [number, number]));
    const place = holidayPlace(spec);
    if (place) {
      const hd = openHolidays(place);
      for (const y of years) for (const h of hd.getHolidays(y)) if (h.type === 'public') this.holidays.add(h.date.slice(0, 10));
    }
    for (const d of spec.holidays ?? []) this.holidays.add(d);
  }

  /** Local wall clock of instant t as "local epoch seconds"; offsets only change on quarter hours. */
  private wall(t: number): number {
    const block = Math.floor(t / 900);
    let off = this.offsets.get(block);
    if (off === undefined) {
      const p = Object.fromEntries(this.fmt.formatToParts(new Date(block * 900_000)).map((x) => [x.type, x.value]));
      off = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) / 1000 - block * 900;
      this.offsets.set(block, off);
    }
    return t + off;
  }

  /** Whether the minute holding instant t is open. */
  openAt(t: number): boolean {
    const w = this.wall(t);
    const day = Math.floor(w / 86400);
    if (this.holidays.has(new Date(day * 86_400_000).toISOString().slice(0, 10))) return false;
    const minute = Math.floor((w - day * 86400) / 60);
    return this.weekly[(((day + 3) % 7) + 7) % 7]!.some(([s, e]) => minute >= s && minute < e);
  }

  /** Business seconds in [a, b], a <= b, stepping minute by minute. */
  between(a: number, b: number): number {
    let sum = 0;
    for (let m = Math.floor(a / 60) * 60; m < b; m += 60) {
      if (this.openAt(m)) sum += Math.min(b, m + 60) - Math.max(a, m);
    }
    return sum;
  }

  /** Earliest instant at which `seconds` of business time since `a` have passed (R-T5), stepping minute by minute. */
  add(a: number, seconds: number): number {
    let left = seconds;
    let t = a;
    while (left > 0) {
      const minuteEnd = Math.floor(t / 60) * 60 + 60;
      if (this.openAt(t)) {
        const take = Math.min(left, minuteEnd - t);
        left -= take;
        t += take;
      } else t = minuteEnd;
    }
    return t;
  }

  /** First open instant at or after `t`, stepping minute by minute. */
  nextOpen(t: number): number {
    let x = t;
    while (!this.openAt(x)) x = Math.floor(x / 60) * 60 + 60;
    return x;
  }
}
