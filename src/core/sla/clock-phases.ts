import type { PauseReason, SlaEvent, SlaInput, TicketStatus } from './sla-types.js';
import type { SlaClockName } from '../enums.js';

/** A stretch of wall time in which a clock runs, pauses or has stopped; `to` = null while ongoing at now. */
export interface Phase {
  from: number;
  to: number | null;
  mode: 'running' | 'paused' | 'stopped';
  reason: PauseReason | null;
}

interface TicketState {
  status: TicketStatus;
  responded: boolean;
  outside: boolean;
}

type Mode = Pick<Phase, 'mode' | 'reason'>;

function responseMode(s: TicketState): Mode {
  // R-S2: the response clock stops at first response; solving without one also ends it.
  const stopped = s.responded || s.status === 'solved' || s.status === 'closed';
  return { mode: stopped ? 'stopped' : 'running', reason: null };
}

function resolutionMode(s: TicketState, pauseOnHold: boolean): Mode {
  if (s.status === 'closed') return { mode: 'stopped', reason: null };
  if (s.status === 'solved') return { mode: 'stopped', reason: 'solved' };
  // R-S2: paused while Pending and while the cause is outside the vendor's control (R-K6).
  if (s.status === 'pending') return { mode: 'paused', reason: 'pending' };
  if (s.outside) return { mode: 'paused', reason: 'outside_vendor_control' };
  if (s.status === 'on_hold' && pauseOnHold) return { mode: 'paused', reason: 'on_hold' };
  return { mode: 'running', reason: null };
}

function same(a: Mode, b: Mode): boolean {
  return a.mode === b.mode && a.reason === b.reason;
}

function apply(s: TicketState, e: SlaEvent): void {
  if (e.type === 'status') s.status = e.to;
  else if (e.type === 'first_response') s.responded = true;
  else if (e.type === 'outcome') s.outside = e.outsideVendorControl;
}

/** Events at or before `now`, sorted stably by time, clamped to registration. */
export function eventsUntilNow(input: SlaInput): SlaEvent[] {
  return input.events
    .map((e, i) => ({ e: { ...e, at: Math.max(e.at, input.registeredAt) }, i }))
    .filter(({ e }) => e.at <= input.now)
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * Splits [registeredAt, now] into phases of one clock, given eventsUntilNow(input). A solved ticket that is
 * reopened resumes its resolution clock; the solved stretch counts as a pause.
 */
export function clockPhases(input: SlaInput, events: SlaEvent[], clock: SlaClockName): Phase[] {
  const s: TicketState = { status: 'new', responded: false, outside: false };
  const modeOf = (st: TicketState) => (clock === 'response' ? responseMode(st) : resolutionMode(st, input.pauseOnHold ?? false));
  const phases: Phase[] = [{ from: input.registeredAt, to: null, ...modeOf(s) }];
  for (const e of events) {
    apply(s, e);
    const m = modeOf(s);
    const last = phases[phases.length - 1]!;
    if (same(m, last)) continue;
    if (last.mode === 'stopped' && last.reason === null) break; // closed, or responded: final
    if (e.at === last.from && phases.length > 1) {
      phases.pop(); // zero-length phase: the previous one continues or ends here
      const prev = phases[phases.length - 1]!;
      if (same(m, prev)) {
        prev.to = null;
        continue;
      }
      prev.to = e.at;
    } else if (e.at === last.from) {
      phases.pop();
    } else last.to = e.at;
    phases.push({ from: e.at, to: null, ...m });
  }
  return phases;
}
