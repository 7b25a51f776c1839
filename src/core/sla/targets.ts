/**
 * SLA targets (R-T3). `indicative` targets (`> N d` in the seeds) are shown and
 * reported but never breached; the rest (`< N d` and plain values) are commitments.
 */
export type Target =
  /** N business minutes (hours are stored as minutes). */
  | { kind: 'business_minutes'; minutes: number; indicative: boolean }
  /** N business days: the same business-time offset N working days later (see addWorkingDays). */
  | { kind: 'business_days'; days: number; indicative: boolean }
  /** By the end of the n-th working day after the registration date (Altanet: n = 1). */
  | { kind: 'end_of_nth_working_day'; n: number; indicative: boolean }
  /** A due instant set per ticket by an estimate (Altanet "after estimate"). */
  | { kind: 'estimate'; indicative: boolean };

/** Response and resolution targets of one severity in a plan version (R-S1); null = no target. */
export interface SeverityTargets {
  response: Target | null;
  resolution: Target | null;
}
