import type { CompiledCalendar } from '../time/compiled-calendar.js';
import type { CountedInterval } from '../time/counted-intervals.js';
import type { ExplainedInstant } from '../time/explain-between.js';
import type { SeverityTargets, Target } from './targets.js';
import type { SlaClockName, SlaNoticeKind, TicketStatus } from '../enums.js';

/** Ticket status (R-K3), defined once in core/enums.ts. */
export type { TicketStatus };

/** A ticket timeline event; `at` in epoch seconds. */
export type SlaEvent =
  | { at: number; type: 'status'; to: TicketStatus }
  | { at: number; type: 'first_response' }
  | { at: number; type: 'severity'; to: string }
  | { at: number; type: 'outcome'; outsideVendorControl: boolean }
  | { at: number; type: 'estimate'; dueAt: number };

/** Input of computeSlaClocks. All instants in epoch seconds. */
export interface SlaInput {
  registeredAt: number;
  /** Severity at registration; later changes come as events (R-S3). */
  severity: string;
  /** Targets per severity from the plan version in force at registration (R-P2, R-S1). */
  targets: Record<string, SeverityTargets>;
  /** Plan version id, echoed in explanations. */
  planVersion?: string | number;
  /** Timeline in chronological order (sorted stably by `at` anyway); events after `now` are ignored. */
  events: SlaEvent[];
  calendar: CompiledCalendar;
  now: number;
  /** Warning thresholds in percent of the target (R-S4), default [75, 90]. */
  warningPercents?: number[];
  /**
   * Whether On hold (waiting on a third party, R-K3) pauses the resolution clock (R-S2). A plan
   * term, on by default (plan-terms-defaults.ts); absent here means off, so the pure engine's
   * callers say what the plan says. The response clock is never paused by On hold.
   */
  pauseOnHold?: boolean;
}

/** running/paused: the clock moves or not; met/breached: verdicts; not_applicable: no target (yet). */
export type ClockState = 'running' | 'paused' | 'met' | 'breached' | 'not_applicable';

export type PauseReason = 'pending' | 'on_hold' | 'outside_vendor_control' | 'solved';

export interface SlaWarning {
  percent: number;
  /** When the clock reaches the threshold (projection while paused; null when it never will). */
  at: number | null;
  reached: boolean;
}

export interface ClockExplanation {
  planVersion: string | number | null;
  /** Severity whose target applies (the one in force at now, or at the stop). */
  severity: string;
  severityChanges: Array<{ at: string; to: string }>;
  /** Business intervals counted so far (R-S5). */
  counted: CountedInterval[];
  pauses: Array<{ from: string; to: string | null; reason: PauseReason; businessSeconds: number }>;
  calendarVersions: number[];
  /** The due instant: the earliest instant at which the budget is used up (R-T5). */
  due: ExplainedInstant | null;
  /** When the due instant is a closing time: the next opening (a reply then is already late), else null. */
  nextOpeningAfterDue: ExplainedInstant | null;
  /** Why the due instant is what it is, in one sentence (null without a due instant). */
  why: string | null;
  estimateSetAt: string | null;
}

/** One SLA clock as of `now` (R-S1..R-S5). */
export interface SlaClock {
  clock: SlaClockName;
  target: Target | null;
  indicative: boolean;
  state: ClockState;
  /** The clock's motion, independent of the verdict. */
  phase: 'running' | 'paused' | 'stopped';
  /** Past due; for indicative targets this is shown but never a breach. */
  overdue: boolean;
  budgetSeconds: number | null;
  dueAt: number | null;
  businessSecondsElapsed: number;
  /** Negative when overdue; null without a budget. */
  businessSecondsLeft: number | null;
  stoppedAt: number | null;
  warnings: SlaWarning[];
  /** Next warning or breach still to come (commitments, running clocks only). */
  nextEvent: { kind: SlaNoticeKind; percent: number | null; at: number } | null;
  explanation: ClockExplanation;
}

export interface SlaClocks {
  response: SlaClock;
  resolution: SlaClock;
}
