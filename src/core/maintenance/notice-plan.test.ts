import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCalendar, type CalendarSpec } from '../time/index.js';
import { computeNoticePlan, type NoticePlanInput } from './notice-plan.js';
import type { MaintenanceTypeDefinition } from './notice-rule.js';
import type { ProductsPreset } from './preset-schema.js';

const preset = JSON.parse(readFileSync(new URL('../../../presets/products/athento.json', import.meta.url), 'utf8')) as ProductsPreset;
const type = (code: string) => preset.maintenanceTypes.find((t) => t.code === code)! as MaintenanceTypeDefinition;
const MADRID = compileCalendar([{ version: 1, effectiveFrom: '2025-01-01', spec: preset.calendar!.spec as CalendarSpec }], { fromYear: 2026, toYear: 2028 });
const at = (s: string) => new Date(s);
const iso = (d: Date | null) => d?.toISOString() ?? null;

function plan(code: string, startsAt: string, now: string, extra: Partial<NoticePlanInput> = {}) {
  const t = type(code);
  return computeNoticePlan({
    rule: t.noticeRule,
    startsAt: at(startsAt),
    durationMinutes: t.expectedDurationMinutes,
    shutsDown: t.shutsDown,
    extraNoticeMinutes: t.extraNoticeMinutes,
    now: at(now),
    timeZone: 'Europe/Madrid',
    calendar: MADRID,
    ...extra,
  });
}

describe('R-M1 the five notice rules of seed 000 on real dates', () => {
  it('hotfix / plugin update: one notice once done (start + 5 min), never refused', () => {
    const p = plan('hotfix-plugin-update', '2027-05-04T10:00:00Z', '2027-05-04T11:00:00Z');
    expect([p.tooLate, iso(p.requiredBy), iso(p.endsAt)]).toEqual([false, null, '2027-05-04T10:05:00.000Z']);
    expect(p.notices.map((n) => [n.key, iso(n.dueAt)])).toEqual([['done', '2027-05-04T10:05:00.000Z']]);
  });

  it('minor version update: notice at release; waits for an unpublished release, 30 min', () => {
    const now = '2027-05-03T09:00:00Z';
    expect(plan('minor-version-update', '2027-05-04T20:00:00Z', now).notices.map((n) => [n.key, iso(n.dueAt)])).toEqual([['announce', '2027-05-03T09:00:00.000Z']]);
    const waiting = plan('minor-version-update', '2027-05-04T20:00:00Z', now, { releasePublishedAt: null });
    expect([waiting.notices[0]!.dueAt, iso(waiting.endsAt)]).toEqual([null, '2027-05-04T20:30:00.000Z']);
    expect(plan('minor-version-update', '2027-05-02T20:00:00Z', now).tooLate).toBe(true);
  });

  it('major version update: 15 CALENDAR days before at the same Madrid wall-clock time, across the DST change', () => {
    // 2027-04-05 10:00 CEST (08:00Z) − 15 days = 2027-03-21 10:00 CET = 09:00Z (DST began 2027-03-28).
    const ok = plan('major-version-update', '2027-04-05T08:00:00Z', '2027-03-21T08:59:00Z');
    expect([iso(ok.requiredBy), ok.tooLate, iso(ok.endsAt)]).toEqual(['2027-03-21T09:00:00.000Z', false, '2027-04-05T12:00:00.000Z']);
    const late = plan('major-version-update', '2027-04-05T08:00:00Z', '2027-03-21T09:30:00Z');
    // Earliest start: now + 15 days = 2027-04-05 10:30 CEST = 08:30Z.
    expect([late.tooLate, iso(late.earliestStart)]).toEqual([true, '2027-04-05T08:30:00.000Z']);
  });

  it('API change: 15 WORKING days before, counted backwards across Holy Week 2027 in the Madrid calendar', () => {
    // Change on Tuesday 2027-04-13 10:00 Madrid (08:00Z). Counting back, the day of the change never counts:
    //  1 Apr 12 Mon · 2 Apr 9 Fri · 3 Apr 8 · 4 Apr 7 · 5 Apr 6 · 6 Apr 5 Mon (Easter Monday is not a Madrid holiday)
    //  7 Apr 2 Fri · 8 Apr 1 · 9 Mar 31 · 10 Mar 30 · 11 Mar 29 Mon
    //  Mar 28 Sun (Easter) · Mar 27 Sat · Mar 26 Good Friday (national holiday) · Mar 25 Holy Thursday (Madrid holiday): skipped
    //  12 Mar 24 Wed · 13 Mar 23 · 14 Mar 22 Mon · (Mar 20–21 weekend) · 15 Mar 19 Fri (San José is only an observance in 2027)
    // Without the two holidays the 15th would be Mar 23. The notice is due by the opening of Mar 19, 09:00 CET = 08:00Z.
    const p = plan('api-change', '2027-04-13T08:00:00Z', '2027-03-18T10:00:00Z');
    expect(p.countedWorkingDays).toEqual([
      '2027-04-12', '2027-04-09', '2027-04-08', '2027-04-07', '2027-04-06', '2027-04-05', '2027-04-02', '2027-04-01',
      '2027-03-31', '2027-03-30', '2027-03-29', '2027-03-24', '2027-03-23', '2027-03-22', '2027-03-19',
    ]);
    expect([iso(p.requiredBy), p.tooLate, iso(p.endsAt)]).toEqual(['2027-03-19T08:00:00.000Z', false, '2027-04-13T08:05:00.000Z']);
    expect(plan('api-change', '2027-04-13T08:00:00Z', '2027-03-19T08:00:00Z').tooLate).toBe(false);
    const late = plan('api-change', '2027-04-13T08:00:00Z', '2027-03-19T09:00:00Z');
    // Mar 19 has opened, so counting starts Mon Mar 22: 22, 23, 24, 29, 30, 31, Apr 1, 2, 5, 6, 7, 8, 9, 12, 13 (15th);
    // the earliest start is the next day, 2027-04-14 00:00 CEST = 2027-04-13T22:00Z.
    expect([late.tooLate, iso(late.earliestStart)]).toEqual([true, '2027-04-13T22:00:00.000Z']);
    expect(plan('api-change', '2027-04-13T22:00:00Z', '2027-03-19T09:00:00Z').tooLate).toBe(false);
  });

  it('scheduled maintenance: 7 calendar days before, 3 h, and several notices for the shutdown, the last just before (R-M2)', () => {
    // Saturday 2027-05-15 22:00 CEST = 20:00Z; scheduled on 2027-05-03.
    const p = plan('scheduled-maintenance', '2027-05-15T20:00:00Z', '2027-05-03T09:00:00Z');
    expect([iso(p.requiredBy), p.tooLate, iso(p.endsAt)]).toEqual(['2027-05-08T20:00:00.000Z', false, '2027-05-15T23:00:00.000Z']);
    expect(p.notices.map((n) => [n.key, iso(n.dueAt), n.justBefore])).toEqual([
      ['announce', '2027-05-03T09:00:00.000Z', false],
      ['reminder:10080', '2027-05-08T20:00:00.000Z', false],
      ['reminder:1440', '2027-05-14T20:00:00.000Z', false],
      ['reminder:60', '2027-05-15T19:00:00.000Z', true],
    ]);
    // Scheduled exactly 7 days ahead: the 7-day reminder would coincide with the announcement and is dropped.
    const tight = plan('scheduled-maintenance', '2027-05-15T20:00:00Z', '2027-05-08T20:00:00Z');
    expect(tight.notices.map((n) => n.key)).toEqual(['announce', 'reminder:1440', 'reminder:60']);
    expect(plan('scheduled-maintenance', '2027-05-15T20:00:00Z', '2027-05-08T20:00:01Z').tooLate).toBe(true);
  });
});
