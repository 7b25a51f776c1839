import { describe, expect, it } from 'vitest';
import { checkCalendarSpec } from './calendar-check.js';
import { resolveEffectiveDate } from './effective-date.js';
import { computeHolidays } from './holiday-list.js';
import { checkPlanTerms, targetsFor } from './plan-terms-check.js';
import { EMPTY_TERMS, canonicalJson, mergeTerms } from './plan-terms-defaults.js';
import { pickVersionInForce } from './version-in-force.js';
import type { CalendarSpec } from '../time/calendar.js';

const week = (iv: [string, string][]) => ({ mon: iv, tue: iv, wed: iv, thu: iv, fri: iv, sat: [], sun: [] });
const spec = (over: Partial<CalendarSpec> = {}): CalendarSpec => ({ timeZone: 'Europe/Madrid', weekly: week([['09:00', '14:00'], ['15:00', '18:00']]), ...over });

describe('calendar checks (R-T1)', () => {
  it('accepts several intervals a day and a 24×7 calendar', () => {
    expect(checkCalendarSpec(spec())).toEqual([]);
    const all: [string, string][] = [['00:00', '24:00']];
    expect(checkCalendarSpec(spec({ weekly: { ...week(all), sat: all, sun: all } }))).toEqual([]);
  });
  it('lists every problem with its path', () => {
    const issues = checkCalendarSpec(spec({ timeZone: 'Europe/Nowhere', weekly: week([['10:00', '09:00']]), holidayCountry: 'XX' }));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['timeZone', 'weekly.mon[0]', 'holidayCountry']));
  });
  it('refuses a week without working time', () => {
    expect(checkCalendarSpec(spec({ weekly: week([]) })).map((i) => i.path)).toEqual(['weekly']);
  });
});

describe('holiday list (R-T1)', () => {
  it('merges library holidays, extra dates and closed custom days; an open custom day cancels a holiday', () => {
    const list = computeHolidays(
      spec({
        holidayCountry: 'ES',
        holidays: ['2026-03-19'],
        customDays: [
          { date: '2026-12-24', kind: 'closed', intervals: [['14:00', '24:00']], label: 'Nochebuena' },
          { date: '2026-10-12', kind: 'open' },
        ],
      }),
      2026,
      'es',
    );
    expect(list.find((h) => h.date === '2026-10-12')).toMatchObject({ source: 'library', cancelled: true });
    expect(list.find((h) => h.date === '2026-03-19')).toMatchObject({ source: 'holidays' });
    expect(list.find((h) => h.date === '2026-12-24')).toMatchObject({ source: 'custom', intervals: [['14:00', '24:00']] });
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
  });
});

describe('plan versions (R-P2)', () => {
  const versions = [
    { version: 1, effectiveFrom: '2025-01-01' },
    { version: 2, effectiveFrom: '2026-07-01' },
  ];
  it('picks the version in force on a date, boundaries inclusive', () => {
    expect(pickVersionInForce(versions, '2024-12-31')).toBeNull();
    expect(pickVersionInForce(versions, '2025-01-01')?.version).toBe(1);
    expect(pickVersionInForce(versions, '2026-06-30')?.version).toBe(1);
    expect(pickVersionInForce(versions, '2026-07-01')?.version).toBe(2);
  });
  it('effective dates: today or later, after the latest version', () => {
    const now = new Date('2026-11-21T23:30:00Z');
    expect(resolveEffectiveDate(now, '2025-01-01', undefined)).toBe('2026-11-21');
    expect(resolveEffectiveDate(now, '2026-12-31', undefined)).toBe('2027-01-01');
    expect(() => resolveEffectiveDate(now, '2025-01-01', '2026-11-20')).toThrow(expect.objectContaining({ code: 'EFFECTIVE_DATE_TOO_EARLY' }));
    expect(() => resolveEffectiveDate(now, '2026-12-31', '2026-12-31')).toThrow(expect.objectContaining({ code: 'EFFECTIVE_DATE_TOO_EARLY' }));
    expect(() => resolveEffectiveDate(now, null, '2026-02-30')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
  it('a new version copies the fields it does not change; canonical JSON ignores key order', () => {
    const v1 = mergeTerms(EMPTY_TERMS, { ticketsPerYear: 50, channels: ['email'] });
    const v2 = mergeTerms(v1, { ticketsPerYear: 60 });
    expect([v2.ticketsPerYear, v2.channels]).toEqual([60, ['email']]);
    expect(canonicalJson({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(canonicalJson({ b: { d: [1, 2], c: 2 }, a: 1 }));
  });
});

describe('plan terms checks (R-P1)', () => {
  const ctx = { severityCodes: new Set(['blocker']), calendarExists: true };
  it('targets name real severities or * and need a calendar; warnings ascend', () => {
    const t = mergeTerms(EMPTY_TERMS, { calendarId: null, targets: { nope: {}, '*': {} }, warningPercents: [90, 75] });
    expect(checkPlanTerms(t, ctx).map((i) => i.path)).toEqual(['calendarId', 'targets.nope', 'warningPercents.1']);
  });
  it('R-S1 the default severity must exist and, when the plan lists severities, be one of them', () => {
    const ctx2 = { severityCodes: new Set(['blocker', 'major']), calendarExists: true };
    const listed = { calendarId: '00000000-0000-4000-8000-000000000001', targets: { blocker: {} } };
    expect(checkPlanTerms(mergeTerms(EMPTY_TERMS, { ...listed, defaultSeverity: 'blocker' }), ctx2)).toEqual([]);
    expect(checkPlanTerms(mergeTerms(EMPTY_TERMS, { ...listed, defaultSeverity: 'major' }), ctx2).map((i) => i.path)).toEqual(['defaultSeverity']);
    expect(checkPlanTerms(mergeTerms(EMPTY_TERMS, { defaultSeverity: 'nope' }), ctx2).map((i) => i.path)).toEqual(['defaultSeverity']);
    expect(checkPlanTerms(mergeTerms(EMPTY_TERMS, { defaultSeverity: 'major' }), ctx2)).toEqual([]);
  });
  it("'*' targets apply to severities without their own entry (Altanet 002)", () => {
    const resp = { kind: 'business_minutes' as const, minutes: 240, indicative: false };
    const t = { targets: { '*': { response: resp }, blocker: {} } };
    expect(targetsFor(t, 'major')).toEqual({ response: resp });
    expect(targetsFor(t, 'blocker')).toEqual({});
  });
});
