import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../time/compile-calendar.js';
import { toLocalIso } from '../time/local-time.js';
import { at } from '../time/testing/instants.js';
import { PRESET_CALENDARS, singleVersion } from '../time/testing/preset-calendars.js';
import { computeSlaClocks } from './compute-sla-clocks.js';
import { nextSlaEventAt } from './next-sla-event-at.js';
import type { SlaEvent, SlaInput } from './sla-types.js';
import { PLAN_TARGETS } from './testing/plan-targets.js';

const range = { fromYear: 2026, toYear: 2027 };
const cal = Object.fromEntries(Object.entries(PRESET_CALENDARS).map(([k, s]) => [k, compileCalendar(singleVersion(s), range)]));
const H = 3600;

type Plan = keyof typeof PLAN_TARGETS;
function clocks(plan: Plan, severity: string, registered: string, now: string, events: SlaEvent[] = [], extra: Partial<SlaInput> = {}) {
  const calendar = cal[plan.startsWith('altanet') ? 'altanet' : plan]!;
  const c = computeSlaClocks({ registeredAt: at(registered), severity, targets: PLAN_TARGETS[plan], events, calendar, now: at(now), planVersion: 1, ...extra });
  const local = (t: number | null) => (t === null ? null : toLocalIso(calendar, t));
  return { ...c, local };
}

describe('SLA clocks on the preset plans (R-S1, R-S5)', () => {
  it('R-S1 Enterprise Blocker registered Friday 19:00 Madrid: response due Monday 09:00 CEST', () => {
    // Enterprise hours 08–20 Mon–Fri. 2 h response: Fri 19–20 counts 1 h; the weekend (and the DST
    // change on Sunday 29 March) is closed; Monday opens at 08:00 CEST and the 2nd hour ends at 09:00.
    // Resolution 4 h: 1 h Friday + 3 h Monday → 11:00. Warnings at 75 % (1 h 30 min → Mon 08:30) and 90 % (1 h 48 min → 08:48).
    const c = clocks('athento-enterprise', 'blocker', '2026-03-27T19:00:00+01:00', '2026-03-27T19:30:00+01:00');
    expect(c.local(c.response.dueAt)).toBe('2026-03-30T09:00:00+02:00');
    expect(c.local(c.resolution.dueAt)).toBe('2026-03-30T11:00:00+02:00');
    expect(c.response.state).toBe('running');
    expect(c.response.businessSecondsElapsed).toBe(1800);
    expect(c.response.businessSecondsLeft).toBe(5400);
    expect(c.response.warnings.map((w) => [w.percent, c.local(w.at), w.reached])).toEqual([
      [75, '2026-03-30T08:30:00+02:00', false],
      [90, '2026-03-30T08:48:00+02:00', false],
    ]);
    expect(c.response.nextEvent).toEqual({ kind: 'warning', percent: 75, at: at('2026-03-30T08:30:00+02:00') });
    expect(nextSlaEventAt(c)).toBe(at('2026-03-30T08:30:00+02:00'));
    expect(c.response.explanation.counted.map((i) => [i.startLocal, i.endLocal])).toEqual([['2026-03-27T19:00:00+01:00', '2026-03-27T19:30:00+01:00']]);
    expect(c.response.explanation.calendarVersions).toEqual([1]);
  });

  it('R-S4 a running clock is breached at its due instant; a first response exactly then is met', () => {
    const reg = '2026-03-27T19:00:00+01:00';
    expect(clocks('athento-enterprise', 'blocker', reg, '2026-03-30T09:00:00+02:00').response.state).toBe('breached');
    const onTime = clocks('athento-enterprise', 'blocker', reg, '2026-03-30T12:00:00+02:00', [{ at: at('2026-03-30T09:00:00+02:00'), type: 'first_response' }]);
    expect([onTime.response.state, onTime.response.businessSecondsElapsed]).toEqual(['met', 2 * H]);
    const late = clocks('athento-enterprise', 'blocker', reg, '2026-03-30T12:00:00+02:00', [{ at: at('2026-03-30T09:00:01+02:00'), type: 'first_response' }]);
    expect([late.response.state, late.response.overdue]).toEqual(['breached', true]);
  });

  it('R-T3 Standard Critical: response 2 d and resolution 5 d from Tuesday 11:00', () => {
    // Standard 10–17 (7 h days). 2 d = same offset two working days later: Thu 12 Mar 11:00.
    // 5 d: Wed, Thu, Fri, Mon, Tue → Tue 17 Mar 11:00 (San José, 19 Mar, is only an observance in Madrid).
    const c = clocks('athento-standard', 'critical', '2026-03-10T11:00:00+01:00', '2026-03-10T11:00:00+01:00');
    expect(c.local(c.response.dueAt)).toBe('2026-03-12T11:00:00+01:00');
    expect(c.local(c.resolution.dueAt)).toBe('2026-03-17T11:00:00+01:00');
    expect(c.resolution.budgetSeconds).toBe(5 * 7 * H);
  });

  it('R-S1 Plus has no resolution target: not_applicable, no events', () => {
    const c = clocks('athento-plus', 'blocker', '2026-03-10T11:00:00+01:00', '2026-03-10T12:00:00+01:00');
    expect(c.resolution.state).toBe('not_applicable');
    expect(c.resolution.nextEvent).toBeNull();
    // Plus 10–14: 8 h response = Tue 11–14 (3 h) + Wed 10–14 (4 h) + Thu 10–11.
    expect(c.local(c.response.dueAt)).toBe('2026-03-12T11:00:00+01:00');
  });

  it('R-S5 Frappe #2075: a ticket registered on Saturday starts counting on Monday', () => {
    // Standard Blocker 6 h response from Sat 21 Mar 11:00: Mon 23 Mar 10–16.
    const c = clocks('athento-standard', 'blocker', '2026-03-21T11:00:00+01:00', '2026-03-22T11:00:00+01:00');
    expect(c.local(c.response.dueAt)).toBe('2026-03-23T16:00:00+01:00');
    expect(c.response.businessSecondsElapsed).toBe(0);
  });
});

describe('pauses (R-S2)', () => {
  const reg = '2026-03-09T10:00:00+01:00'; // Monday, Company 09–18, Blocker: response 4 h, resolution 7 h
  const events: SlaEvent[] = [
    { at: at('2026-03-09T11:00:00+01:00'), type: 'first_response' },
    { at: at('2026-03-09T11:00:00+01:00'), type: 'status', to: 'open' },
    { at: at('2026-03-09T12:00:00+01:00'), type: 'status', to: 'pending' },
    { at: at('2026-03-10T10:00:00+01:00'), type: 'status', to: 'open' },
  ];

  it('R-S2 Pending pauses the resolution clock; the customer answering resumes it', () => {
    // Ran Mon 10–12 (2 h), paused until Tue 10:00, ran Tue 10–12 (2 h): 4 h elapsed, 3 h left → Tue 15:00.
    const c = clocks('athento-company', 'blocker', reg, '2026-03-10T12:00:00+01:00', events);
    expect(c.response.state).toBe('met');
    expect(c.resolution.state).toBe('running');
    expect(c.resolution.businessSecondsElapsed).toBe(4 * H);
    expect(c.local(c.resolution.dueAt)).toBe('2026-03-10T15:00:00+01:00');
    expect(c.resolution.explanation.pauses).toEqual([
      { from: '2026-03-09T11:00:00Z', to: '2026-03-10T09:00:00Z', reason: 'pending', businessSeconds: 7 * H },
    ]);
  });

  it('R-S2 while paused: no events, due instant projected as if resumed now', () => {
    // Mon 15:00, pending since 12:00: 2 h run, 5 h left → Mon 15–18 + Tue 09–11.
    const c = clocks('athento-company', 'blocker', reg, '2026-03-09T15:00:00+01:00', events.slice(0, 3));
    expect([c.resolution.state, c.resolution.phase]).toEqual(['paused', 'paused']);
    expect(c.local(c.resolution.dueAt)).toBe('2026-03-10T11:00:00+01:00');
    expect(c.resolution.nextEvent).toBeNull();
    expect(c.resolution.warnings.every((w) => w.at === null && !w.reached)).toBe(true);
  });

  it('R-S2 outside the vendor’s control (R-K6) pauses; On hold alone does not unless configured', () => {
    const base: SlaEvent[] = [{ at: at('2026-03-09T12:00:00+01:00'), type: 'status', to: 'on_hold' }];
    const now = '2026-03-09T14:00:00+01:00';
    expect(clocks('athento-company', 'blocker', reg, now, base).resolution.businessSecondsElapsed).toBe(4 * H);
    expect(clocks('athento-company', 'blocker', reg, now, base, { pauseOnHold: true }).resolution.businessSecondsElapsed).toBe(2 * H);
    const outside = clocks('athento-company', 'blocker', reg, now, [...base, { at: at('2026-03-09T13:00:00+01:00'), type: 'outcome', outsideVendorControl: true }]);
    expect([outside.resolution.state, outside.resolution.businessSecondsElapsed]).toEqual(['paused', 3 * H]);
    expect(outside.resolution.explanation.pauses[0]?.reason).toBe('outside_vendor_control');
  });

  it('R-S2 solved stops the clock (met); reopening resumes it and the solved stretch is a pause', () => {
    const solved: SlaEvent[] = [{ at: at('2026-03-09T13:00:00+01:00'), type: 'status', to: 'solved' }];
    const c = clocks('athento-company', 'blocker', reg, '2026-03-09T16:00:00+01:00', solved);
    expect([c.resolution.state, c.resolution.stoppedAt, c.resolution.businessSecondsElapsed]).toEqual(['met', at('2026-03-09T13:00:00+01:00'), 3 * H]);
    expect(c.resolution.nextEvent).toBeNull();
    const reopened = clocks('athento-company', 'blocker', reg, '2026-03-09T17:00:00+01:00', [...solved, { at: at('2026-03-09T16:00:00+01:00'), type: 'status', to: 'open' }]);
    expect([reopened.resolution.state, reopened.resolution.businessSecondsElapsed]).toEqual(['running', 4 * H]);
    expect(reopened.resolution.explanation.pauses.map((p) => p.reason)).toEqual(['solved']);
  });

  it('R-S2 a closed ticket stays closed: later events do not restart the clock', () => {
    const c = clocks('athento-company', 'blocker', reg, '2026-03-09T17:00:00+01:00', [
      { at: at('2026-03-09T13:00:00+01:00'), type: 'status', to: 'closed' },
      { at: at('2026-03-09T14:00:00+01:00'), type: 'status', to: 'open' },
    ]);
    expect([c.resolution.state, c.resolution.businessSecondsElapsed]).toEqual(['met', 3 * H]);
  });
});

describe('severity changes (R-S3)', () => {
  const reg = '2026-03-09T09:00:00+01:00'; // Monday, Enterprise 08–20

  it('R-S3 raising Major to Blocker recomputes from registration, keeping elapsed time', () => {
    // Major response 1 d would be Tue 09:00; as a Blocker (2 h) it is due Mon 11:00.
    const c = clocks('athento-enterprise', 'major', reg, '2026-03-09T10:30:00+01:00', [{ at: at('2026-03-09T10:00:00+01:00'), type: 'severity', to: 'blocker' }]);
    expect(c.local(c.response.dueAt)).toBe('2026-03-09T11:00:00+01:00');
    expect(c.response.businessSecondsElapsed).toBe(1.5 * H);
    expect(c.response.explanation.severity).toBe('blocker');
    expect(c.response.explanation.severityChanges).toEqual([{ at: '2026-03-09T09:00:00Z', to: 'blocker' }]);
  });

  it('R-S3 raising the severity after the new target has passed is an immediate breach', () => {
    const c = clocks('athento-enterprise', 'major', reg, '2026-03-09T11:30:00+01:00', [{ at: at('2026-03-09T11:30:00+01:00'), type: 'severity', to: 'blocker' }]);
    expect([c.response.state, c.local(c.response.dueAt)]).toEqual(['breached', '2026-03-09T11:00:00+01:00']);
  });

  it('R-S3 a stopped clock is judged by the severity in force when it stopped', () => {
    const c = clocks('athento-enterprise', 'major', reg, '2026-03-09T13:00:00+01:00', [
      { at: at('2026-03-09T12:00:00+01:00'), type: 'first_response' },
      { at: at('2026-03-09T12:30:00+01:00'), type: 'severity', to: 'blocker' },
    ]);
    expect([c.response.state, c.response.explanation.severity]).toEqual(['met', 'major']);
  });
});

describe('indicative targets and estimates (R-T3)', () => {
  it('R-T3 an indicative "> 2 d" target is overdue but never breached, and schedules nothing', () => {
    // Enterprise Trivial response > 2 d from Mon 09:00 → Wed 09:00; at Thu 10:00 it is overdue.
    const c = clocks('athento-enterprise', 'trivial', '2026-03-09T09:00:00+01:00', '2026-03-12T10:00:00+01:00');
    expect(c.local(c.response.dueAt)).toBe('2026-03-11T09:00:00+01:00');
    expect([c.response.indicative, c.response.overdue, c.response.state, c.response.nextEvent]).toEqual([true, true, 'running', null]);
    // The "< 7 d" resolution target is a commitment.
    expect(c.resolution.indicative).toBe(false);
  });

  it('R-T3 Altanet "after estimate": not applicable until an estimate is set, then due at the estimate', () => {
    const reg = '2026-03-09T10:00:00+02:00';
    expect(clocks('altanet-standard', 'major', reg, '2026-03-09T11:00:00+02:00').resolution.state).toBe('not_applicable');
    const estimate: SlaEvent = { at: at('2026-03-10T10:00:00+02:00'), type: 'estimate', dueAt: at('2026-03-13T15:00:00+02:00') };
    const c = clocks('altanet-standard', 'major', reg, '2026-03-10T11:00:00+02:00', [estimate]);
    expect([c.resolution.state, c.local(c.resolution.dueAt)]).toEqual(['running', '2026-03-13T15:00:00+02:00']);
    expect(c.resolution.explanation.estimateSetAt).toBe('2026-03-10T08:00:00Z');
    // One business hour Pending after the estimate pushes it by one hour.
    const paused = clocks('altanet-standard', 'major', reg, '2026-03-11T12:00:00+02:00', [
      estimate,
      { at: at('2026-03-11T10:00:00+02:00'), type: 'status', to: 'pending' },
      { at: at('2026-03-11T11:00:00+02:00'), type: 'status', to: 'open' },
    ]);
    expect(paused.local(paused.resolution.dueAt)).toBe('2026-03-13T16:00:00+02:00');
  });

  it('R-T5 Altanet Standard "end of next working day" is that day\'s closing time, not the following morning', () => {
    // Thu 9 Apr 2026 → next working day after Good Friday and Easter Monday is Tue 14 Apr; it closes 17:00.
    const c = clocks('altanet-standard', 'major', '2026-04-09T10:00:00+03:00', '2026-04-09T10:00:00+03:00');
    expect(c.local(c.response.dueAt)).toBe('2026-04-14T17:00:00+03:00');
    expect(c.response.explanation.nextOpeningAfterDue?.local).toBe('2026-04-15T09:00:00+03:00');
    expect(c.response.explanation.why).toContain('closing time');
    const reply = (iso: string) =>
      clocks('altanet-standard', 'major', '2026-04-09T10:00:00+03:00', '2026-04-15T12:00:00+03:00', [{ at: at(iso), type: 'first_response' }]).response.state;
    // On time at or before the due instant; a reply at the next opening is late (no business time passed, but the due instant did).
    expect(reply('2026-04-14T16:59:00+03:00')).toBe('met');
    expect(reply('2026-04-14T17:00:00+03:00')).toBe('met');
    expect(reply('2026-04-14T18:00:00+03:00')).toBe('breached');
    expect(reply('2026-04-15T09:00:00+03:00')).toBe('breached');
  });

  it('R-T5 an Enterprise Blocker filed Friday 16:00 (4 h, 08–20) is due Friday 20:00 and breaches then', () => {
    const fri = '2026-03-27T16:00:00+01:00';
    const c = clocks('athento-enterprise', 'blocker', fri, '2026-03-27T19:00:00+01:00');
    expect(c.local(c.response.dueAt)).toBe('2026-03-27T18:00:00+01:00');
    expect(c.local(c.resolution.dueAt)).toBe('2026-03-27T20:00:00+01:00');
    expect(c.resolution.nextEvent).toMatchObject({ kind: 'warning', percent: 90, at: at('2026-03-27T19:36:00+01:00') });
    expect(clocks('athento-enterprise', 'blocker', fri, '2026-03-27T19:50:00+01:00').resolution.nextEvent).toMatchObject({ kind: 'breach', at: at('2026-03-27T20:00:00+01:00') });
    const saturday = clocks('athento-enterprise', 'blocker', fri, '2026-03-28T10:00:00+01:00');
    expect(saturday.resolution.state).toBe('breached');
  });

  it('R-T3 Altanet Premium "4 working hours" over Clean Monday', () => {
    const c = clocks('altanet-premium', 'blocker', '2026-02-20T15:00:00+02:00', '2026-02-20T15:00:00+02:00');
    expect(c.local(c.response.dueAt)).toBe('2026-02-24T11:00:00+02:00');
  });
});
