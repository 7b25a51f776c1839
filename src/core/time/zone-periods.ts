import { Temporal } from 'temporal-polyfill';

/**
 * A zone's UTC offsets over a range, as constant-offset periods (R-T2): period i
 * starts at `starts[i]` (epoch seconds) and has `offsets[i]` (seconds east of UTC).
 * Built once at compile time with temporal-polyfill; lookups are pure arithmetic.
 */
export interface ZonePeriods {
  timeZone: string;
  starts: Float64Array;
  offsets: Float64Array;
}

/** Builds the periods of `timeZone` covering [fromSec, toSec]. Throws RangeError on an unknown zone. */
export function buildZonePeriods(timeZone: string, fromSec: number, toSec: number): ZonePeriods {
  let z = Temporal.Instant.fromEpochMilliseconds(fromSec * 1000).toZonedDateTimeISO(timeZone);
  const starts = [-Infinity];
  const offsets = [z.offsetNanoseconds / 1e9];
  for (;;) {
    const next = z.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds / 1000 > toSec) break;
    starts.push(next.epochMilliseconds / 1000);
    offsets.push(next.offsetNanoseconds / 1e9);
    z = next;
  }
  return { timeZone: z.timeZoneId, starts: Float64Array.from(starts), offsets: Float64Array.from(offsets) };
}

/** Index of the period containing instant `t` (epoch seconds). */
function periodAt(p: ZonePeriods, t: number): number {
  let lo = 0;
  let hi = p.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** UTC offset in seconds at instant `t`. */
export function offsetAt(p: ZonePeriods, t: number): number {
  return p.offsets[periodAt(p, t)]!;
}

/**
 * Instant of the FIRST moment the local wall clock reads `wall` or later
 * (`wall` = local seconds counted as if the zone were UTC). In a DST overlap
 * this is the earlier instant; in a DST gap it is the transition itself, so a
 * wall-clock interval covers exactly the instants whose reading lies inside it.
 */
export function wallToEpoch(p: ZonePeriods, wall: number): number {
  const guess = periodAt(p, wall - p.offsets[0]!);
  let best = Infinity;
  for (let j = Math.max(0, guess - 2); j <= Math.min(p.starts.length - 1, guess + 2); j++) {
    const t = wall - p.offsets[j]!;
    const end = j + 1 < p.starts.length ? p.starts[j + 1]! : Infinity;
    if (t >= p.starts[j]! && t < end && t < best) best = t;
    // Gap: in period j the wall clock jumps from before `wall` to after it at `end`.
    if (t >= end && wall - p.offsets[j + 1]! < end && end < best) best = end;
  }
  return best;
}
