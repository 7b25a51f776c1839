import type { CalendarSpec } from './calendar.js';
import { parseIsoDate } from './civil-date.js';
import { holidayPlace, openHolidays } from './holiday-place.js';

/** What a holiday takes away from one local date: the whole day or some minute ranges. */
export interface Closure {
  whole: boolean;
  /** Closed [startMinute, endMinute) ranges of the day when not whole. */
  ranges: Array<[number, number]>;
  labels: string[];
}

const DAY_MS = 86_400_000;

function closureFor(map: Map<number, Closure>, day: number): Closure {
  let c = map.get(day);
  if (!c) map.set(day, (c = { whole: false, ranges: [], labels: [] }));
  return c;
}

/**
 * Library holidays (date-holidays) of the spec's country/region for the given
 * years, keyed by local day number (R-T1). Uses the `date` field (local wall
 * time "YYYY-MM-DD hh:mm:ss"), never `start` as a UTC date, so a holiday is
 * never shifted a day early (Zammad #3706). Entries starting after 00:00 (half
 * days such as Christmas Eve afternoon) close only from that time; multi-day
 * entries close every day they span. Only `holidayTypes` (default public) count.
 */
export function libraryClosures(spec: CalendarSpec, fromYear: number, toYear: number): Map<number, Closure> {
  const out = new Map<number, Closure>();
  const place = holidayPlace(spec);
  if (!place) return out;
  const types = new Set(spec.holidayTypes ?? ['public']);
  const hd = openHolidays(place);
  for (let y = fromYear; y <= toYear; y++) {
    for (const h of hd.getHolidays(y)) {
      if (!types.has(h.type)) continue;
      const day = parseIsoDate(h.date.slice(0, 10));
      if (day === null) continue;
      const startMin = Number(h.date.slice(11, 13)) * 60 + Number(h.date.slice(14, 16));
      const durMin = Math.round((h.end.getTime() - h.start.getTime()) / 60_000);
      const label = h.substitute ? `${h.name} (substitute)` : h.name;
      if (startMin === 0 && durMin >= (DAY_MS * 23) / 24 / 60_000) {
        const days = Math.max(1, Math.round(durMin / 1440));
        for (let k = 0; k < days; k++) {
          const c = closureFor(out, day + k);
          c.whole = true;
          c.labels.push(label);
        }
      } else {
        const c = closureFor(out, day);
        c.ranges.push([startMin, Math.min(1440, startMin + durMin)]);
        c.labels.push(label);
      }
    }
  }
  return out;
}
