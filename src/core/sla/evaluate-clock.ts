import { businessSecondsBetween } from '../time/business-seconds-between.js';
import { countedIntervals } from '../time/counted-intervals.js';
import { dueReason } from '../time/explain-add.js';
import { explainInstant } from '../time/explain-between.js';
import { toUtcIso } from '../time/local-time.js';
import { clockPhases, eventsUntilNow, type Phase } from './clock-phases.js';
import { elapsedSeconds, reachInstant } from './clock-progress.js';
import type { ClockExplanation, SlaClock, SlaEvent, SlaInput, SlaWarning } from './sla-types.js';
import { targetBudgetSeconds } from './target-budget.js';
import type { Target } from './targets.js';
import type { SlaClockName } from '../enums.js';

const DEFAULT_WARNINGS = [75, 90];

/** R-S3: the severity in force at `at` (later changes re-evaluate from registration, keeping elapsed time). */
function severityAt(input: SlaInput, events: SlaEvent[], at: number): string {
  let sev = input.severity;
  for (const e of events) if (e.type === 'severity' && e.at <= at) sev = e.to;
  return sev;
}

/** Budget in business seconds, or null when not applicable (no target, or an estimate not set yet). */
function budgetOf(
  input: SlaInput,
  events: SlaEvent[],
  target: Target | null,
  phases: Phase[],
): { budget: number | null; estimateAt: number | null; estimateDueAt: number | null } {
  if (!target) return { budget: null, estimateAt: null, estimateDueAt: null };
  if (target.kind !== 'estimate') return { budget: targetBudgetSeconds(input.calendar, target, input.registeredAt), estimateAt: null, estimateDueAt: null };
  const est = events.findLast((e) => e.type === 'estimate');
  if (!est || est.type !== 'estimate') return { budget: null, estimateAt: null, estimateDueAt: null };
  // The estimated date is honoured as given: business time not run before the estimate was set is
  // not charged, so without later pauses dueAt is the estimate itself; later pauses push it.
  const cal = input.calendar;
  const notRun = businessSecondsBetween(cal, input.registeredAt, est.at) - elapsedSeconds(cal, phases, est.at);
  return { budget: Math.max(0, businessSecondsBetween(cal, input.registeredAt, est.dueAt) - notRun), estimateAt: est.at, estimateDueAt: est.dueAt };
}

function explain(input: SlaInput, events: SlaEvent[], phases: Phase[], severity: string, estimateAt: number | null): ClockExplanation {
  const cal = input.calendar;
  const counted = phases.filter((p) => p.mode === 'running').flatMap((p) => countedIntervals(cal, p.from, p.to ?? input.now));
  return {
    planVersion: input.planVersion ?? null,
    severity,
    severityChanges: events.flatMap((e) => (e.type === 'severity' ? [{ at: toUtcIso(e.at), to: e.to }] : [])),
    counted,
    pauses: phases
      .filter((p, i) => p.mode === 'paused' || (p.mode === 'stopped' && i < phases.length - 1))
      .map((p) => ({
        from: toUtcIso(p.from),
        to: p.to === null ? null : toUtcIso(p.to),
        reason: p.reason ?? 'solved',
        businessSeconds: businessSecondsBetween(cal, p.from, p.to ?? input.now),
      })),
    calendarVersions: [...new Set(counted.map((c) => c.calendarVersion))],
    due: null,
    nextOpeningAfterDue: null,
    why: null,
    estimateSetAt: estimateAt === null ? null : toUtcIso(estimateAt),
  };
}

/**
 * One SLA clock as of input.now (R-S1, R-S2, R-S3, R-S5, R-T5). dueAt is the
 * earliest instant at which the budget is used up (a closing time, not the
 * next opening). Commitments are `breached` when stopped after dueAt, or when
 * still running (or paused with no budget left) at or after dueAt; a stop
 * exactly at dueAt is `met`. Indicative
 * targets never breach: they show `overdue` instead, and schedule no events.
 */
export function evaluateClock(input: SlaInput, clock: SlaClockName): SlaClock {
  const cal = input.calendar;
  const events = eventsUntilNow(input);
  const phases = clockPhases(input, events, clock);
  const last = phases[phases.length - 1]!;
  const phase = last.mode;
  const stoppedAt = phase === 'stopped' ? last.from : null;
  const severity = severityAt(input, events, stoppedAt ?? input.now);
  const target = input.targets[severity]?.[clock] ?? null;
  const { budget, estimateAt, estimateDueAt } = budgetOf(input, events, target, phases);
  const elapsed = elapsedSeconds(cal, phases, input.now);
  const explanation = explain(input, events, phases, severity, estimateAt);
  const base = { clock, target, indicative: target?.indicative ?? false, phase, stoppedAt, businessSecondsElapsed: elapsed, explanation };
  if (budget === null || !target) {
    return { ...base, state: 'not_applicable', overdue: false, budgetSeconds: null, dueAt: null, businessSecondsLeft: null, warnings: [], nextEvent: null };
  }
  const reached = reachInstant(cal, phases, input.now, budget);
  // R-T5: a date a person set is kept exactly. Its budget ends at the last business moment before
  // it (15:00 closing for an estimate of 16:00), so the estimate itself is the due instant unless
  // later pauses pushed the budget past it.
  const due = estimateDueAt !== null && estimateDueAt > reached.at ? { at: estimateDueAt, nextOpening: null } : reached;
  explanation.due = explainInstant(cal, due.at);
  explanation.nextOpeningAfterDue = due.nextOpening === null ? null : explainInstant(cal, due.nextOpening);
  explanation.why =
    estimateDueAt !== null && due.at === estimateDueAt
      ? 'The due instant is the date set by the estimate, kept exactly.'
      : dueReason(budget, explanation.due, explanation.nextOpeningAfterDue);
  // R-T5: a reply at or before the due instant is on time; a running clock is overdue from the due instant on.
  const overdue = stoppedAt !== null ? stoppedAt > due.at : input.now >= due.at && (phase === 'running' || elapsed >= budget);
  const state = overdue && !target.indicative ? 'breached' : phase === 'stopped' ? 'met' : phase;
  const warnings: SlaWarning[] = (input.warningPercents ?? DEFAULT_WARNINGS).map((percent) => {
    const threshold = Math.ceil((budget * percent) / 100);
    const r = reachInstant(cal, phases, input.now, threshold);
    const reached = elapsed >= threshold && r.at <= input.now;
    // Not reached and not running: the instant depends on a future resume, so there is none yet.
    return { percent, at: reached || phase === 'running' ? r.at : null, reached };
  });
  const upcoming =
    phase !== 'running' || target.indicative
      ? []
      : [
          ...warnings.filter((w) => w.at !== null && w.at > input.now).map((w) => ({ kind: 'warning' as const, percent: w.percent, at: w.at! })),
          ...(due.at > input.now ? [{ kind: 'breach' as const, percent: null, at: due.at }] : []),
        ].sort((a, b) => a.at - b.at);
  return { ...base, state, overdue, budgetSeconds: budget, dueAt: due.at, businessSecondsLeft: budget - elapsed, warnings, nextEvent: upcoming[0] ?? null };
}
