import type { Activity } from './billing-units.js';

/** R-B7 tariff: an hourly rate for one activity (or every activity when null), in force from a date. */
export interface Tariff {
  id: string;
  activity: Activity | null;
  currency: string;
  /** Minor units per hour. */
  ratePerHourCents: number;
  /** 'YYYY-MM-DD'. */
  effectiveFrom: string;
}

/**
 * R-B7 "invoices use the tariff in force": the tariff for `activity` in
 * `currency` with the latest effective date on or before `date`; when the
 * activity has none in force, the all-activities tariff in force. Null when
 * neither exists.
 */
export function tariffInForce(tariffs: readonly Tariff[], activity: Activity, currency: string, date: string): Tariff | null {
  const latest = (forActivity: Activity | null) =>
    tariffs
      .filter((t) => t.activity === forActivity && t.currency === currency && t.effectiveFrom <= date)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0] ?? null;
  return latest(activity) ?? latest(null);
}
