import { allocate, mulDivRound } from './money.js';
import type { RoundingRule } from '../enums.js';

/** R-B7 timesheet activities: communication counts as much as the work itself (004). */
export const ACTIVITIES = ['communication', 'identification', 'configuration', 'administration', 'testing', 'implementation'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** R-B7 rounding rule (contract setting): each entry on its own, or the day's total per ticket. */
export type { RoundingRule };

export interface TimeForBilling {
  id: string;
  ticketId: string;
  /** 'YYYY-MM-DD'. */
  workDate: string;
  /** Minutes worked, a positive integer. */
  minutes: number;
}

/** R-B7: minutes charged in started units: 7 minutes with a 15-minute unit bill 15; 15 bill 15; 16 bill 30. */
export function roundUpToUnit(minutes: number, unitMinutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || !Number.isInteger(unitMinutes) || unitMinutes <= 0) {
    throw new RangeError(`roundUpToUnit needs non-negative integer minutes and a positive unit: ${minutes}, ${unitMinutes}`);
  }
  return Math.ceil(minutes / unitMinutes) * unitMinutes;
}

/**
 * R-B7: billed minutes per billable entry. `per_entry` rounds every entry up
 * to started units. `per_ticket_per_day` rounds the day's total on a ticket
 * up once and shares the billed minutes over that day's entries in proportion
 * to their minutes (largest remainder), so the day's shares sum exactly to
 * the rounded total: no minute is lost or invented.
 */
export function computeBilledMinutes(entries: readonly TimeForBilling[], s: { unitMinutes: number; rounding: RoundingRule }): Map<string, number> {
  const out = new Map<string, number>();
  if (s.rounding === 'per_entry') {
    for (const e of entries) out.set(e.id, roundUpToUnit(e.minutes, s.unitMinutes));
    return out;
  }
  const days = new Map<string, TimeForBilling[]>();
  for (const e of entries) {
    const k = `${e.ticketId}|${e.workDate}`;
    days.set(k, [...(days.get(k) ?? []), e]);
  }
  for (const group of days.values()) {
    const total = group.reduce((n, e) => n + e.minutes, 0);
    const shares = allocate(roundUpToUnit(total, s.unitMinutes), group.map((e) => e.minutes));
    group.forEach((e, i) => out.set(e.id, shares[i]!));
  }
  return out;
}

/** Price of `minutes` at an hourly tariff, minor units, rounded half away from zero once. */
export function amountForMinutes(minutes: number, ratePerHourCents: number): number {
  return mulDivRound(minutes, ratePerHourCents, 60);
}
