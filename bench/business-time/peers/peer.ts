import type { CalendarSpec } from '../../../src/core/time/calendar.js';

/** A peer library driven by the benchmark. Instants are epoch milliseconds; amounts whole minutes. */
export interface Peer {
  name: string;
  /** Configures the library for one calendar (global state in all three peers). */
  use(spec: CalendarSpec, holidays: string[]): void;
  add(fromMs: number, minutes: number): number;
  /** Business minutes between two instants (from <= to). */
  between(fromMs: number, toMs: number): number;
}

export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
