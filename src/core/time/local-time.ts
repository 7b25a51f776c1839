import { civilFromDay } from './civil-date.js';
import type { CompiledCalendar } from './compiled-calendar.js';
import { offsetAt } from './zone-periods.js';

/** Index of the calendar version in force at instant t (the first one before it starts). */
export function versionIndexAt(cal: CompiledCalendar, t: number): number {
  let k = 0;
  while (k + 1 < cal.versions.length && cal.versions[k + 1]!.startsAt <= t) k++;
  return k;
}

/** Local day number of instant t in the zone of the version in force then. */
export function localDayAt(cal: CompiledCalendar, t: number): number {
  const v = cal.versions[versionIndexAt(cal, t)]!;
  return Math.floor((t + offsetAt(v.zone, t)) / 86_400);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** "2026-03-27T19:00:00+01:00" for instant t (epoch seconds) in the calendar's zone at t. */
export function toLocalIso(cal: CompiledCalendar, t: number): string {
  const v = cal.versions[versionIndexAt(cal, t)]!;
  const off = offsetAt(v.zone, t);
  const local = new Date((t + off) * 1000).toISOString().slice(0, 19);
  const a = Math.abs(off);
  return `${local}${off < 0 ? '-' : '+'}${pad(Math.floor(a / 3600))}:${pad(Math.floor((a % 3600) / 60))}`;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * "2026-03-27T18:00:00Z" for instant t (epoch seconds); whole seconds, no
 * milliseconds. Integer arithmetic rather than Date#toISOString, which cost
 * more than the business-time question itself in `coverdesk time add --batch`
 * (bench/business-time/cli-batch.ts).
 */
export function toUtcIso(t: number): string {
  const s = Math.floor(t);
  const day = Math.floor(s / 86_400);
  const [y, m, d] = civilFromDay(day);
  if (y < 1000 || y > 9999) return `${new Date(s * 1000).toISOString().slice(0, 19)}Z`;
  const sod = s - day * 86_400;
  const hh = Math.floor(sod / 3600);
  const mm = Math.floor((sod % 3600) / 60);
  return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}T${TWO_DIGITS[hh]}:${TWO_DIGITS[mm]}:${TWO_DIGITS[sod % 60]}Z`;
}
