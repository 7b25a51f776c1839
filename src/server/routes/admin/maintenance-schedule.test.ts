import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../storage/schema/index.js';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createProductsWorld, type ProductsWorld } from '../../../../test/support/products-world.js';

/**
 * R-M1 over HTTP: scheduling computes every notice instant and refuses a
 * start too soon for the type's notice rule (NOTICE_PERIOD_TOO_SHORT with the
 * earliest allowed start) unless a manager overrides with a recorded reason;
 * the contact of the affected customer sees the operation, another customer's
 * contact does not (RULES §1 tenancy).
 */
describe.each(ENGINES)('scheduling maintenance on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  let contactA: AuthHeaders;
  let contactB: AuthHeaders;
  const at = async (instant: string) => {
    await w.at(instant);
    contactA = await t.login(w.a.authorized.email);
    contactB = await t.login(w.b.authorized.email);
  };
  const schedule = (body: Record<string, unknown>, headers?: AuthHeaders) =>
    t.app.inject({ method: 'POST', url: '/api/v1/admin/maintenance', headers: headers ?? w.manager, payload: body });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
  });
  afterAll(() => t.close());

  const apiChange = (startsAt: string, extra: Record<string, unknown> = {}) => ({
    typeId: w.types['api-change'],
    titles: { en: 'Zebra API v3', es: 'Nueva API v3 Zebra' },
    descriptions: { en: 'The v2 endpoints answer 410.', es: 'Los endpoints v2 responden 410.' },
    startsAt,
    audience: 'customers',
    customerIds: [w.a.customerId],
    ...extra,
  });

  it('refuses an API change 15 working days too late across Holy Week, naming the earliest start; then accepts it in time', async () => {
    await at('2027-03-19T09:00:00Z'); // Friday 10:00 in Madrid: the 15th working day before 13 April opened at 09:00.
    const late = await schedule(apiChange('2027-04-13T08:00:00Z'));
    expect(late.statusCode).toBe(409);
    const err = late.json().error;
    expect(err.code).toBe('NOTICE_PERIOD_TOO_SHORT');
    expect(err.details).toMatchObject({ requiredBy: '2027-03-19T08:00:00.000Z', earliestStart: '2027-04-13T22:00:00.000Z', rule: { kind: 'working_days_before', days: 15 } });
    expect(err.details.countedWorkingDays).toHaveLength(15);
    expect(err.details.countedWorkingDays).not.toContain('2027-03-26'); // Good Friday
    expect(err.details.countedWorkingDays).not.toContain('2027-03-25'); // Holy Thursday (Madrid)

    const ok = await schedule(apiChange(err.details.earliestStart));
    expect(ok.statusCode).toBe(201);
    const op = ok.json();
    expect(op).toMatchObject({ endsAt: '2027-04-13T22:05:00.000Z', noticeRequiredBy: '2027-03-22T08:00:00.000Z', override: null, revision: 1 });
    expect(op.notices.map((n: { key: string; dueAt: string }) => [n.key, n.dueAt])).toEqual([['announce', '2027-03-19T09:00:00.000Z']]);

    const seen = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/maintenance', headers: contactA })).json();
    expect(seen.items.map((x: { id: string }) => x.id)).toContain(op.id);
    const mine = (await t.app.inject({ method: 'GET', url: `/api/v1/portal/maintenance/${op.id}`, headers: contactA })).json();
    expect(mine).toMatchObject({ title: 'Nueva API v3 Zebra', typeName: 'Cambios en la API', locale: 'es', durationMinutes: 5 });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/maintenance/${op.id}`, headers: contactB })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portal/maintenance', headers: contactB })).body).not.toContain('Zebra');
  });

  it('accepts the too-late date when a manager overrides with a reason, and records it (audit)', async () => {
    await at('2027-03-19T09:00:00Z');
    const res = await schedule(apiChange('2027-04-13T08:00:00Z', { override: { reason: 'Security fix agreed with the customer by phone' } }));
    expect(res.statusCode).toBe(201);
    const op = res.json();
    expect(op.override).toEqual({ reason: 'Security fix agreed with the customer by phone', by: w.manager.id });
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.objectId, op.id), eq(auditEvents.action, 'maintenance.notice_overridden')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ reason: 'Security fix agreed with the customer by phone', requiredBy: '2027-03-19T08:00:00.000Z' });
    // An agent may not schedule at all, override or not.
    const agent = await t.staff('agent');
    expect((await schedule(apiChange('2027-06-13T08:00:00Z'), agent)).statusCode).toBe(403);
  });

  it('counts a major update in calendar days in Madrid (DST-exact) and previews before saving', async () => {
    await at('2027-03-21T09:30:00Z');
    const body = { typeId: w.types['major-version-update'], titles: { en: 'Athento 5.0' }, startsAt: '2027-04-05T08:00:00Z', audience: 'all' };
    const preview = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/maintenance/preview', headers: w.manager, payload: { typeId: body.typeId, startsAt: body.startsAt } })).json();
    expect(preview).toMatchObject({ requiredBy: '2027-03-21T09:00:00.000Z', tooLate: true, earliestStart: '2027-04-05T08:30:00.000Z', endsAt: '2027-04-05T12:00:00.000Z', timeZone: 'Europe/Madrid' });
    const res = await schedule(body);
    expect([res.statusCode, res.json().error.code, res.json().error.details.earliestStart]).toEqual([409, 'NOTICE_PERIOD_TOO_SHORT', '2027-04-05T08:30:00.000Z']);
    await at('2027-03-21T08:59:00Z');
    expect((await schedule(body)).statusCode).toBe(201);
  });

  it('reschedules as a new revision, checking the notice rule again', async () => {
    await at('2027-05-03T09:00:00Z');
    const op = (await schedule({ typeId: w.types['scheduled-maintenance'], titles: { en: 'Database upgrade' }, startsAt: '2027-05-15T20:00:00Z', audience: 'customers', customerIds: [w.a.customerId] })).json();
    const tooSoon = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/maintenance/${op.id}`, headers: w.manager, payload: { startsAt: '2027-05-06T20:00:00Z' } });
    expect([tooSoon.statusCode, tooSoon.json().error.code]).toEqual([409, 'NOTICE_PERIOD_TOO_SHORT']);
    const moved = (await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/maintenance/${op.id}`, headers: w.manager, payload: { startsAt: '2027-05-22T20:00:00Z' } })).json();
    expect(moved.revision).toBe(2);
    const live = moved.notices.filter((n: { droppedAt: string | null }) => !n.droppedAt);
    expect(live.map((n: { revision: number; key: string; dueAt: string }) => [n.revision, n.key, n.dueAt])).toEqual([
      [2, 'announce', '2027-05-03T09:00:00.000Z'],
      [2, 'reminder:10080', '2027-05-15T20:00:00.000Z'],
      [2, 'reminder:1440', '2027-05-21T20:00:00.000Z'],
      [2, 'reminder:60', '2027-05-22T19:00:00.000Z'],
    ]);
    expect(moved.notices.filter((n: { droppedAt: string | null }) => n.droppedAt)).toHaveLength(4);
  });

  it('validates the audience and the titles', async () => {
    await at('2027-05-03T09:00:00Z');
    const base = { typeId: w.types['hotfix-plugin-update'], startsAt: '2027-05-04T10:00:00Z' };
    expect((await schedule({ ...base, titles: {}, audience: 'all' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await schedule({ ...base, titles: { en: 'x' }, audience: 'customers' })).json().error.details[0].path).toBe('customerIds');
    expect((await schedule({ ...base, titles: { en: 'x' }, audience: 'product' })).json().error.details[0].path).toBe('productId');
  });
});
