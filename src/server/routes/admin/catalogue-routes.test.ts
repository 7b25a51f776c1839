import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';

const weekdays = (a: string, b: string) => ({ mon: [[a, b]], tue: [[a, b]], wed: [[a, b]], thu: [[a, b]], fri: [[a, b]], sat: [], sun: [] });

describe.each(ENGINES)('catalogue admin API on %s (R-T1, R-K2, R-P1, R-P2)', (engine) => {
  let t: TestApp;
  let manager: AuthHeaders;
  let agent: AuthHeaders;
  beforeAll(async () => {
    t = await createTestApp(engine);
    manager = await t.staff('manager');
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: AuthHeaders, payload?: object) =>
    t.app.inject({ method, url, headers, payload });
  const total = async (url: string) => (await inject('GET', url, manager)).json().total as number;

  it('R-T1: creates a calendar, versions it, lists its holidays; old versions stay readable', async () => {
    const spec = { timeZone: 'Europe/Madrid', weekly: weekdays('09:00', '14:00'), holidayCountry: 'ES' };
    const created = await inject('POST', '/api/v1/admin/calendars', manager, { code: 'mad-9-14', name: 'Madrid 9–14', spec, effectiveFrom: '2026-01-01' });
    expect(created.statusCode).toBe(201);
    const id = created.json().calendar.id;
    const v2 = await inject('POST', `/api/v1/admin/calendars/${id}/versions`, manager, { spec: { ...spec, weekly: weekdays('09:00', '15:00') }, effectiveFrom: '2027-01-01' });
    expect(v2.statusCode).toBe(201);
    expect(v2.json().version).toBe(2);
    const v1 = await inject('GET', `/api/v1/admin/calendars/${id}/versions/1`, agent);
    expect(v1.json().spec.weekly.mon).toEqual([['09:00', '14:00']]);
    const inForce = await inject('GET', `/api/v1/admin/calendars/${id}/version-in-force?date=2026-12-31`, agent);
    expect(inForce.json().version).toBe(1);
    const hol = await inject('GET', `/api/v1/admin/calendars/${id}/versions/1/holidays?year=2026&lang=es`, agent);
    expect(hol.json().holidays.map((h: { date: string }) => h.date)).toContain('2026-10-12');
  });

  it('R-T1: an invalid calendar is 400 INVALID_CALENDAR with field paths, and nothing is written', async () => {
    const before = await total('/api/v1/admin/calendars');
    const bad = await inject('POST', '/api/v1/admin/calendars', manager, {
      code: 'bad',
      name: 'Bad',
      spec: { timeZone: 'Mars/Olympus', weekly: { ...weekdays('09:00', '14:00'), mon: [['14:00', '09:00']] } },
    });
    expect(bad.statusCode).toBe(400);
    const { error } = bad.json();
    expect(error.code).toBe('INVALID_CALENDAR');
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['spec.timeZone', 'spec.weekly.mon[0]']));
    const shape = await inject('POST', '/api/v1/admin/calendars', manager, { code: 'bad2', name: 'Bad', spec: { timeZone: 'UTC', weekly: weekdays('9', '14'), extra: 1 } });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.code).toBe('VALIDATION_FAILED');
    expect(shape.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['body.spec.extra']));
    expect(await total('/api/v1/admin/calendars')).toBe(before);
  });

  it('R-P2: plan edit → v2, v1 readable, version in force on a date; early dates refused', async () => {
    await inject('POST', '/api/v1/admin/severities', manager, { code: 'blocker', rank: 10, names: { en: 'Blocker', es: 'Bloqueante' } });
    const cal = (await inject('POST', '/api/v1/admin/calendars', manager, { code: 'cal-p', name: 'P', spec: { timeZone: 'UTC', weekly: weekdays('08:00', '16:00') } })).json();
    const terms = { calendarId: cal.calendar.id, channels: ['email'], maxAuthorizedContacts: 3, targets: { blocker: { response: { kind: 'business_minutes', minutes: 120, indicative: false } } } };
    const plan = await inject('POST', '/api/v1/admin/plans', manager, { code: 'gold', name: 'Gold', effectiveFrom: '2026-01-01', terms });
    expect(plan.statusCode).toBe(201);
    const id = plan.json().plan.id;
    const v2 = await inject('POST', `/api/v1/admin/plans/${id}/versions`, manager, { effectiveFrom: '2027-01-01', terms: { maxAuthorizedContacts: 5 } });
    expect(v2.json()).toMatchObject({ version: 2, effectiveFrom: '2027-01-01', terms: { maxAuthorizedContacts: 5, channels: ['email'] } });
    expect((await inject('GET', `/api/v1/admin/plans/${id}/versions/1`, agent)).json().terms.maxAuthorizedContacts).toBe(3);
    expect((await inject('GET', `/api/v1/admin/plans/${id}/version-in-force?date=2027-06-01`, agent)).json().version).toBe(2);
    expect((await inject('GET', `/api/v1/admin/plans/${id}`, agent)).json().current.version).toBe(1);
    const early = await inject('POST', `/api/v1/admin/plans/${id}/versions`, manager, { effectiveFrom: '2026-06-01', terms: {} });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'EFFECTIVE_DATE_TOO_EARLY', details: { minimum: '2027-01-02' } });
    const unknown = await inject('POST', `/api/v1/admin/plans/${id}/versions`, manager, { terms: { maxContacts: 9 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.map((d: { path: string }) => d.path)).toContain('body.terms.maxContacts');
    expect((await inject('GET', `/api/v1/admin/plans/${id}/versions`, agent)).json().items).toHaveLength(2);
  });

  it('regression (issue 12 items 5, 11): the plan API takes the pending periods and the On-hold switch, validated (R-K5, R-S2)', async () => {
    const plan = await inject('POST', '/api/v1/admin/plans', manager, { code: 'terms-k5', name: 'K5', effectiveFrom: '2026-01-01', terms: { pendingReminderDays: 7 } });
    expect(plan.statusCode).toBe(201);
    const id = plan.json().plan.id;
    const v1 = (await inject('GET', `/api/v1/admin/plans/${id}/versions/1`, agent)).json();
    expect(v1.terms).toMatchObject({ pendingReminderDays: 7, pendingCloseDays: 3, pauseOnHold: true });
    const v2 = await inject('POST', `/api/v1/admin/plans/${id}/versions`, manager, { effectiveFrom: '2027-01-01', terms: { pendingCloseDays: 10, pauseOnHold: false } });
    expect(v2.json()).toMatchObject({ version: 2, terms: { pendingReminderDays: 7, pendingCloseDays: 10, pauseOnHold: false } });
    const bad = await inject('POST', `/api/v1/admin/plans/${id}/versions`, manager, { effectiveFrom: '2027-06-01', terms: { pendingReminderDays: 0, pendingCloseDays: 400 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['body.terms.pendingReminderDays', 'body.terms.pendingCloseDays']));
    expect((await inject('GET', `/api/v1/admin/plans/${id}/versions`, agent)).json().items).toHaveLength(2);
  });

  it('agents read the catalogue but may not write it (403)', async () => {
    expect((await inject('GET', '/api/v1/admin/plans', agent)).statusCode).toBe(200);
    const res = await inject('POST', '/api/v1/admin/severities', agent, { code: 'x', rank: 1, names: { en: 'X' } });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/plans' })).statusCode).toBe(401);
  });

  it('presets: lists them and imports idempotently', async () => {
    const list = (await inject('GET', '/api/v1/admin/presets', manager)).json();
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['altanet', 'athento-en', 'athento-es']);
    const first = await inject('POST', '/api/v1/admin/presets/altanet/import', manager);
    expect(first.json().counts.created).toBeGreaterThan(0);
    const again = await inject('POST', '/api/v1/admin/presets/altanet/import', manager);
    expect(again.json().counts).toMatchObject({ created: 0, new_version: 0 });
    expect((await inject('POST', '/api/v1/admin/presets/nope/import', manager)).statusCode).toBe(404);
    const plans = (await inject('GET', '/api/v1/admin/plans?catalogue=altanet&sort=rank', agent)).json();
    expect(plans.items.map((p: { code: string }) => p.code)).toEqual(['altanet-entry', 'altanet-standard', 'altanet-premium']);
  });
});
