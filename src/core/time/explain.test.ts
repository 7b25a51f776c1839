import { describe, expect, it } from 'vitest';
import { compileCalendar } from './compile-calendar.js';
import { explainAdd } from './explain-add.js';
import { explainBetween } from './explain-between.js';
import { at } from './testing/instants.js';
import { PRESET_CALENDARS, singleVersion } from './testing/preset-calendars.js';

const enterprise = compileCalendar(singleVersion(PRESET_CALENDARS['athento-enterprise']!), { fromYear: 2026, toYear: 2026 });

describe('explanations (R-T2: every deadline can be explained)', () => {
  it('R-T5 explainAdd: a budget ending at a closing time is due at that closing time, and says why', () => {
    const e = explainAdd(enterprise, at('2026-03-27T19:00:00+01:00'), 3600);
    expect(e.due.local).toBe('2026-03-27T20:00:00+01:00');
    expect(e.due.utc).toBe('2026-03-27T19:00:00Z');
    expect(e.dueAtClosing).toBe(true);
    expect(e.nextOpening?.local).toBe('2026-03-30T08:00:00+02:00');
    expect(e.why).toContain('closing time 2026-03-27T20:00:00+01:00');
    expect(e.intervals).toEqual([
      { startUtc: '2026-03-27T18:00:00Z', endUtc: '2026-03-27T19:00:00Z', startLocal: '2026-03-27T19:00:00+01:00', endLocal: '2026-03-27T20:00:00+01:00', seconds: 3600, calendarVersion: 1 },
    ]);
  });

  it('R-T2 explainAdd lists counted intervals and the holidays skipped', () => {
    // Wed 23 Dec 2026 19:00 + 3 h: 19–20 Wednesday (1 h), Thu 24 Dec is a working day: 08–10 (2 h).
    const e = explainAdd(enterprise, at('2026-12-23T19:00:00+01:00'), 3 * 3600);
    expect(e.dueAtClosing).toBe(false);
    expect(e.nextOpening).toBeNull();
    expect(e.intervals.map((i) => [i.startLocal, i.endLocal])).toEqual([
      ['2026-12-23T19:00:00+01:00', '2026-12-23T20:00:00+01:00'],
      ['2026-12-24T08:00:00+01:00', '2026-12-24T10:00:00+01:00'],
    ]);
    // Thu 24 Dec 19:00 + 2 h: 19–20 (1 h), Fri 25 Navidad skipped, Mon 28 Dec 08–09.
    const christmas = explainAdd(enterprise, at('2026-12-24T19:00:00+01:00'), 2 * 3600);
    expect(christmas.due.local).toBe('2026-12-28T09:00:00+01:00');
    expect(christmas.dayNotes).toEqual([{ date: '2026-12-25', notes: ['Navidad'] }]);
    expect(christmas.calendarVersions).toEqual([1]);
  });

  it('R-T2 explainBetween sums its intervals and is signed', () => {
    const a = at('2026-03-27T19:00:00+01:00');
    const b = at('2026-03-30T09:00:00+02:00');
    const e = explainBetween(enterprise, a, b);
    expect(e.businessSeconds).toBe(7200);
    expect(e.intervals.reduce((s, i) => s + i.seconds, 0)).toBe(7200);
    expect(explainBetween(enterprise, b, a).businessSeconds).toBe(-7200);
  });
});
