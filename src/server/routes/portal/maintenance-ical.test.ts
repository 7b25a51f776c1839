import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createProductsWorld, type ProductsWorld } from '../../../../test/support/products-world.js';

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  sequence: number;
  status: string | null;
}

/** Parses a feed with ical.js (a maintained third-party RFC 5545 parser), not with our generator. */
function parseFeed(text: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(), summary: e.summary, sequence: e.sequence, status: (v.getFirstPropertyValue('status') as string | null) ?? null };
  });
}

/**
 * Each customer's maintenance windows as an iCalendar feed at a secret URL
 * (GET /ical/:token.ics, public, outside /api/v1): events match the
 * operations (start, end = start + duration, summary, stable UID), rotation
 * and revocation make old URLs 404, and a customer sees only its own windows.
 */
describe.each(ENGINES)('iCalendar feed on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  const schedule = async (body: Record<string, unknown>) => (await t.app.inject({ method: 'POST', url: '/api/v1/admin/maintenance', headers: w.manager, payload: body })).json();
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
  });
  afterAll(() => t.close());

  it('lists the operations of the customer, parsed by ical.js, with stable UIDs across a reschedule', async () => {
    await w.at('2027-05-03T09:00:00Z');
    const shutdown = await schedule({ typeId: w.types['scheduled-maintenance'], titles: { en: 'Storage migration', es: 'Migración del almacenamiento' }, startsAt: '2027-05-15T20:00:00Z', audience: 'customers', customerIds: [w.a.customerId] });
    const api = await schedule({ typeId: w.types['api-change'], titles: { en: 'API v3' }, startsAt: '2027-06-15T08:00:00Z', audience: 'all' });
    const other = await schedule({ typeId: w.types['scheduled-maintenance'], titles: { en: 'Zebra only for B' }, startsAt: '2027-05-16T20:00:00Z', audience: 'customers', customerIds: [w.b.customerId] });
    const feed = (await t.app.inject({ method: 'POST', url: `/api/v1/admin/customers/${w.a.customerId}/ical-feed/rotate`, headers: w.admin })).json();
    expect(feed.url).toMatch(/^http:\/\/localhost:3000\/ical\/cdf_[A-Za-z0-9_-]{43}\.ics$/);

    const res = await fetchFeed(feed.url);
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(res.body).not.toContain('Zebra');
    const events = parseFeed(res.body).sort((x, y) => x.start.localeCompare(y.start));
    expect(events).toEqual([
      // Customer A is Spanish: texts in Spanish, English where no Spanish title exists.
      { uid: `${shutdown.id}@coverdesk`, start: '2027-05-15T20:00:00.000Z', end: '2027-05-15T23:00:00.000Z', summary: 'Mantenimiento programado: Migración del almacenamiento', sequence: 1, status: 'CONFIRMED' },
      { uid: `${api.id}@coverdesk`, start: '2027-06-15T08:00:00.000Z', end: '2027-06-15T08:05:00.000Z', summary: 'Cambios en la API: API v3', sequence: 1, status: 'CONFIRMED' },
    ]);
    expect(other.id).toBeTruthy();

    await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/maintenance/${shutdown.id}`, headers: w.manager, payload: { startsAt: '2027-05-22T20:00:00Z', durationMinutes: 120 } });
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/maintenance/${api.id}/cancel`, headers: w.manager, payload: { reason: 'Not needed' } });
    const after = parseFeed((await fetchFeed(feed.url)).body).sort((x, y) => x.start.localeCompare(y.start));
    expect(after.map((e) => [e.uid, e.start, e.end, e.sequence, e.status])).toEqual([
      [`${shutdown.id}@coverdesk`, '2027-05-22T20:00:00.000Z', '2027-05-22T22:00:00.000Z', 2, 'CONFIRMED'],
      [`${api.id}@coverdesk`, '2027-06-15T08:00:00.000Z', '2027-06-15T08:05:00.000Z', 2, 'CANCELLED'],
    ]);
  });

  it('answers 404 to a rotated or revoked token, and to made-up ones', async () => {
    await w.at('2027-05-03T10:00:00Z');
    const first = (await t.app.inject({ method: 'POST', url: `/api/v1/admin/customers/${w.b.customerId}/ical-feed/rotate`, headers: w.admin })).json();
    expect((await fetchFeed(first.url)).statusCode).toBe(200);
    const bAdmin = await t.login(w.b.admin.email);
    const second = (await t.app.inject({ method: 'POST', url: '/api/v1/portal/maintenance-feed/rotate', headers: bAdmin })).json();
    expect((await fetchFeed(first.url)).statusCode).toBe(404);
    // B's own window and the (cancelled) API change sent to everyone, in B's language (Spanish); A's shutdown is not in it.
    expect(parseFeed((await fetchFeed(second.url)).body).map((e) => `${e.summary} ${e.status}`).sort()).toEqual([
      'Cambios en la API: API v3 CANCELLED',
      'Mantenimiento programado: Zebra only for B CONFIRMED',
    ]);
    const status = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/maintenance-feed', headers: bAdmin })).json();
    expect(status).toMatchObject({ active: true, createdAt: '2027-05-03T10:00:00.000Z' });
    expect(JSON.stringify(status)).not.toContain('cdf_');
    // Only the customer's administrator contact (or a vendor admin) manages the feed.
    const bAgent = await t.login(w.b.authorized.email);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/portal/maintenance-feed', headers: bAgent })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/admin/customers/${w.b.customerId}/ical-feed/rotate`, headers: w.manager })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/portal/maintenance-feed', headers: bAdmin })).json()).toEqual({ revoked: true });
    expect((await fetchFeed(second.url)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/ical/cdf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/ical/nonsense.ics' })).json().error.code).toBe('NOT_FOUND');
  });
});
