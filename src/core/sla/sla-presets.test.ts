import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../time/compile-calendar.js';
import { toLocalIso } from '../time/local-time.js';
import { at } from '../time/testing/instants.js';
import { PRESET_CALENDARS, singleVersion } from '../time/testing/preset-calendars.js';
import { computeSlaClocks } from './compute-sla-clocks.js';
import { PLAN_TARGETS } from './testing/plan-targets.js';

const range = { fromYear: 2026, toYear: 2026 };
const cal = Object.fromEntries(Object.entries(PRESET_CALENDARS).map(([k, s]) => [k, compileCalendar(singleVersion(s), range)]));

// Every plan × severity of RULES §2, registered Tuesday 10 March 2026 at 11:00 local time (R-S1, R-S5, R-T3).
// "N d" = the same offset N working days later, so 11:00 again; "N h" counts business hours.
// Madrid has no public holiday before Holy Week (2–3 April); San José (19 March) is only an observance.
// [plan, severity, response due, resolution due (null = not_applicable)]
const table: Array<[keyof typeof PLAN_TARGETS, string, string, string | null]> = [
  // Plus 10–14: 3 h left on Tuesday. 8 h = 3 + 4 (Wed) + 1 → Thu 11:00. No resolution targets.
  ['athento-plus', 'blocker', '2026-03-12T11:00:00+01:00', null],
  ['athento-plus', 'critical', '2026-03-13T11:00:00+01:00', null],
  ['athento-plus', 'major', '2026-03-16T11:00:00+01:00', null],
  ['athento-plus', 'trivial', '2026-03-17T11:00:00+01:00', null],
  // Standard 10–17: 6 h left on Tuesday, so 6 h ends at the 17:00 closing: due Tuesday 17:00 (R-T5).
  // Resolution 10 h = 6 + 4 (Wed 10–14); 10 d → Tue 24 Mar; < 30 d skips Holy Thursday and Good Friday → Thu 23 Apr (CEST).
  ['athento-standard', 'blocker', '2026-03-10T17:00:00+01:00', '2026-03-11T14:00:00+01:00'],
  ['athento-standard', 'critical', '2026-03-12T11:00:00+01:00', '2026-03-17T11:00:00+01:00'],
  ['athento-standard', 'major', '2026-03-13T11:00:00+01:00', '2026-03-24T11:00:00+01:00'],
  ['athento-standard', 'trivial', '2026-03-16T11:00:00+01:00', '2026-04-23T11:00:00+02:00'],
  // Company 09–18: 7 h left on Tuesday. 4 h → 15:00; 8 h → Wed 10:00; resolution 7 h ends at the 18:00 closing: due then (R-T5).
  ['athento-company', 'blocker', '2026-03-10T15:00:00+01:00', '2026-03-10T18:00:00+01:00'],
  ['athento-company', 'critical', '2026-03-11T10:00:00+01:00', '2026-03-12T11:00:00+01:00'],
  ['athento-company', 'major', '2026-03-12T11:00:00+01:00', '2026-03-17T11:00:00+01:00'],
  ['athento-company', 'trivial', '2026-03-13T11:00:00+01:00', '2026-03-31T11:00:00+02:00'],
  // Enterprise 08–20: 9 h left on Tuesday. < 7 d → Thu 19 Mar (San José is open).
  ['athento-enterprise', 'blocker', '2026-03-10T13:00:00+01:00', '2026-03-10T15:00:00+01:00'],
  ['athento-enterprise', 'critical', '2026-03-10T15:00:00+01:00', '2026-03-11T11:00:00+01:00'],
  ['athento-enterprise', 'major', '2026-03-11T11:00:00+01:00', '2026-03-13T11:00:00+01:00'],
  ['athento-enterprise', 'trivial', '2026-03-12T11:00:00+01:00', '2026-03-19T11:00:00+01:00'],
  // Altanet 09–17 Athens: Standard "end of next working day" = Wed 17:00, the closing time (R-T5); Premium 4 h → 15:00.
  // Resolution "after estimate": not applicable until an estimate is set.
  ['altanet-standard', 'major', '2026-03-11T17:00:00+02:00', null],
  ['altanet-premium', 'major', '2026-03-10T15:00:00+02:00', null],
];

describe('every preset plan × severity (R-S1, R-S5, R-T3)', () => {
  it.each(table)('R-S1 %s %s', (plan, severity, response, resolution) => {
    const calendar = cal[plan.startsWith('altanet') ? 'altanet' : plan]!;
    const registered = plan.startsWith('altanet') ? '2026-03-10T11:00:00+02:00' : '2026-03-10T11:00:00+01:00';
    const c = computeSlaClocks({ registeredAt: at(registered), severity, targets: PLAN_TARGETS[plan], events: [], calendar, now: at(registered) });
    expect(toLocalIso(calendar, c.response.dueAt!)).toBe(response);
    expect(c.response.indicative).toBe(severity === 'trivial' && !plan.startsWith('altanet'));
    if (resolution === null) expect(c.resolution.state).toBe('not_applicable');
    else expect(toLocalIso(calendar, c.resolution.dueAt!)).toBe(resolution);
  });
});
