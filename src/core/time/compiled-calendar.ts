import type { ZonePeriods } from './zone-periods.js';

/** One calendar version as compiled: where it starts and how to read its wall clock. */
export interface CompiledVersion {
  version: number;
  effectiveFrom: string;
  /** Epoch seconds of local midnight of `effectiveFrom` in this version's zone. */
  startsAt: number;
  zone: ZonePeriods;
  /** Notes per local day number (holiday names, custom days) for explanations. */
  notes: Map<number, string[]>;
}

/**
 * A calendar compiled for a range of years (R-T2): sorted, disjoint, half-open
 * open intervals [open[i], close[i]) in epoch SECONDS, with prefix sums of
 * business seconds, grouped into working days. Every operation is a binary
 * search plus arithmetic. Treat as immutable.
 */
export interface CompiledCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  /** Computable range [rangeStart, rangeEnd] in epoch seconds. */
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly open: Float64Array;
  readonly close: Float64Array;
  /** Business seconds from rangeStart to close[i]. */
  readonly cumEnd: Float64Array;
  /** Index into `versions` of each interval. */
  readonly intervalVersion: Uint16Array;
  /** Working day k owns intervals dayFirst[k] .. dayFirst[k+1]-1 (length = days + 1). */
  readonly dayFirst: Int32Array;
  /** Local day number (days since 1970-01-01) of each working day. */
  readonly dayDate: Int32Array;
  readonly versions: readonly CompiledVersion[];
}

/**
 * Bytes held by the typed arrays of a compiled calendar, zone offset tables
 * included (for the memory budget, < 1 MB per calendar-year). The day-notes
 * maps used only by explanations (a few dozen short strings a year) are not counted.
 */
export function tableBytes(cal: CompiledCalendar): number {
  const zones = cal.versions.flatMap((v) => [v.zone.starts, v.zone.offsets]);
  return [cal.open, cal.close, cal.cumEnd, cal.intervalVersion, cal.dayFirst, cal.dayDate, ...zones].reduce((n, a) => n + a.byteLength, 0);
}
