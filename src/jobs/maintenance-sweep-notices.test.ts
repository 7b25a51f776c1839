import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { ENGINES } from '../../test/support/engines.js';
import { createProductsWorld, deliveriesOf, mailTo, type ProductsWorld } from '../../test/support/products-world.js';
import { sweepMaintenanceNotices } from './maintenance-sweep-notices.js';

interface Notice {
  id: string;
  key: string;
  dueAt: string | null;
  sentAt: string | null;
}

/**
 * maintenance.sweep-notices (R-M1..R-M4): every notice goes out when due,
 * once per contact, to the authorized contacts of the affected customers in
 * their language and time zone; a shutdown gets several notices, the last
 * just before it; notices are never sent twice, even by two sweeps at once.
 */
describe.each(ENGINES)('maintenance notices on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  const sweep = () => sweepMaintenanceNotices({ db: t.deps.db, clock: t.clock, publicUrl: 'https://desk.test' });
  const schedule = async (body: Record<string, unknown>) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/maintenance', headers: w.manager, payload: body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string; notices: Notice[] };
  };
  const get = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/admin/maintenance/${id}`, headers: w.manager })).json() as { notices: Notice[] };

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
  });
  afterAll(() => t.close());

  it('sends a scheduled shutdown on several occasions, the last one just before, each once, in each language (R-M2, R-M3)', async () => {
    await w.at('2027-05-03T09:00:00Z');
    const op = await schedule({
      typeId: w.types['scheduled-maintenance'],
      titles: { en: 'Storage migration', es: 'Migración del almacenamiento' },
      startsAt: '2027-05-15T20:00:00Z',
      audience: 'customers',
      customerIds: [w.a.customerId],
    });
    expect(op.notices.map((n) => [n.key, n.dueAt])).toEqual([
      ['announce', '2027-05-03T09:00:00.000Z'],
      ['reminder:10080', '2027-05-08T20:00:00.000Z'],
      ['reminder:1440', '2027-05-14T20:00:00.000Z'],
      ['reminder:60', '2027-05-15T19:00:00.000Z'],
    ]);
    expect((await sweep()).messages).toBe(2); // A's two authorized contacts; the unauthorized one and customer B get nothing
    await w.at('2027-05-14T20:00:00Z');
    expect((await sweep()).messages).toBe(4); // the 7-day and 1-day reminders
    await w.at('2027-05-15T18:59:59Z');
    expect((await sweep()).notices).toBe(0);
    await w.at('2027-05-15T19:00:00Z');
    expect((await sweep()).messages).toBe(2); // just before
    expect((await sweep()).notices).toBe(0);

    const english = await mailTo(t, w.a.admin.id, 'maintenance_notice');
    expect(english.map((m) => [m.createdAt.toISOString(), m.subject])).toEqual([
      ['2027-05-03T09:00:00.000Z', 'Scheduled maintenance: Storage migration'],
      ['2027-05-14T20:00:00.000Z', 'Reminder – Scheduled maintenance: Storage migration'],
      ['2027-05-14T20:00:00.000Z', 'Reminder – Scheduled maintenance: Storage migration'],
      ['2027-05-15T19:00:00.000Z', 'Reminder – Scheduled maintenance: Storage migration'],
    ]);
    expect(english[english.length - 1]!.textBody).toContain('(in 1 h)');
    const spanish = await mailTo(t, w.a.authorized.id, 'maintenance_notice');
    expect(spanish[0]!.subject).toBe('Mantenimiento programado: Migración del almacenamiento');
    // Shown in the contact's zone (the customer's: Europe/Madrid): 22:00 CEST.
    expect(spanish[0]!.textBody).toContain('22:00');
    expect(spanish[0]!.textBody).toContain('El servicio no estará disponible');
    expect(await mailTo(t, w.a.unauthorized.id, 'maintenance_notice')).toHaveLength(0);
    expect(await mailTo(t, w.b.admin.id, 'maintenance_notice')).toHaveLength(0);
    const sent = (await get(op.id)).notices;
    expect(sent.every((n) => n.sentAt)).toBe(true);
    for (const n of sent) expect(await deliveriesOf(t, n.id)).toHaveLength(2);
  });

  it('tells of a hotfix once it is done (start + 5 min), to every customer when the audience is all', async () => {
    await w.at('2027-05-20T10:00:00Z');
    const op = await schedule({ typeId: w.types['hotfix-plugin-update'], titles: { en: 'Hotfix for the viewer', el: 'Διόρθωση προβολής' }, startsAt: '2027-05-20T10:00:00Z', audience: 'all' });
    await w.at('2027-05-20T10:04:59Z');
    expect((await sweep()).notices).toBe(0);
    await w.at('2027-05-20T10:05:00Z');
    expect((await sweep()).messages).toBe(4);
    const greek = await mailTo(t, w.b.admin.id, 'maintenance_notice');
    expect(greek.map((m) => m.subject)).toEqual(['Ολοκλήρωση – Hotfix και ενημερώσεις plugin: Διόρθωση προβολής']);
    // A Spanish reader gets the English title when there is no Spanish one, else any language.
    expect((await mailTo(t, w.a.authorized.id, 'maintenance_notice')).at(-1)!.subject).toBe('Finalización – Hotfix y actualizaciones de plugins: Hotfix for the viewer');
    expect((await mailTo(t, w.a.admin.id, 'maintenance_notice')).at(-1)!.subject).toBe('Completed – Hotfix and plugin updates: Hotfix for the viewer');
    expect((await get(op.id)).notices[0]!.sentAt).toBe('2027-05-20T10:05:00.000Z');
  });

  it('announces a minor version update when its release is published (at_release)', async () => {
    await w.at('2027-06-01T09:00:00Z');
    const product = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/products', headers: w.manager, payload: { code: 'athento-sweep', name: 'Athento', kind: 'product', schemeCode: 'major-minor' } })).json();
    const release = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/releases', headers: w.manager, payload: { productId: product.id, version: '4.12', kind: 'minor', notes: { en: 'Fixes.' } } })).json();
    const op = await schedule({ typeId: w.types['minor-version-update'], titles: { en: 'Update to 4.12' }, startsAt: '2027-06-10T20:00:00Z', audience: 'customers', customerIds: [w.b.customerId], productId: product.id, releaseId: release.id });
    expect(op.notices).toMatchObject([{ key: 'announce', dueAt: null }]);
    expect((await sweep()).notices).toBe(0);
    await w.at('2027-06-02T09:00:00Z');
    const pub = (await t.app.inject({ method: 'POST', url: `/api/v1/admin/releases/${release.id}/publish`, headers: w.manager, payload: {} })).json();
    expect(pub.maintenanceNoticesDue).toBe(1);
    expect((await sweep()).messages).toBe(2);
    expect((await get(op.id)).notices[0]).toMatchObject({ dueAt: '2027-06-02T09:00:00.000Z', sentAt: '2027-06-02T09:00:00.000Z' });
  });

  it('never sends a notice twice, even with two sweeps at once; a cancellation tells those already told', async () => {
    await w.at('2027-07-01T09:00:00Z');
    const op = await schedule({ typeId: w.types['major-version-update'], titles: { en: 'Athento 5' }, startsAt: '2027-08-01T08:00:00Z', audience: 'all' });
    const [x, y] = await Promise.all([sweep(), sweep()]);
    expect(x.messages + y.messages).toBe(4);
    expect(await deliveriesOf(t, op.notices[0]!.id)).toHaveLength(4);
    const cancelled = (await t.app.inject({ method: 'POST', url: `/api/v1/admin/maintenance/${op.id}/cancel`, headers: w.manager, payload: { reason: 'Postponed to autumn' } })).json();
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.notices.filter((n: Notice & { droppedAt: string | null }) => !n.sentAt && !n.droppedAt).map((n: Notice) => n.key)).toEqual(['cancelled']);
    expect((await sweep()).messages).toBe(4);
    expect((await mailTo(t, w.a.admin.id, 'maintenance_notice')).filter((m) => m.subject.endsWith('Athento 5')).map((m) => m.subject).sort()).toEqual([
      'Cancelled – Major version update: Athento 5',
      'Major version update: Athento 5',
    ]);
    await w.at('2027-08-01T07:00:00Z');
    expect((await sweep()).notices).toBe(0); // the reminders were dropped with the cancellation
  });

  it('sends vendor announcements the same way (R-M4), at their publication time', async () => {
    await w.at('2027-09-01T09:00:00Z');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/announcements',
      headers: w.manager,
      payload: { kind: 'sla', titles: { en: 'New SLA terms', es: 'Nuevos términos del SLA' }, bodies: { en: '**Faster** responses.', es: 'Respuestas **más rápidas**.<script>x</script>' }, audience: 'customers', customerIds: [w.a.customerId], publishAt: '2027-09-02T07:00:00Z' },
    });
    expect(res.statusCode).toBe(201);
    const contactA = await t.login(w.a.authorized.email);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portal/announcements', headers: contactA })).json().total).toBe(0);
    expect((await sweep()).notices).toBe(0);
    await w.at('2027-09-02T07:00:00Z');
    expect((await sweep()).messages).toBe(2);
    const es = (await mailTo(t, w.a.authorized.id, 'announcement')).at(-1)!;
    expect([es.subject, es.htmlBody.includes('<strong>más rápidas</strong>'), es.htmlBody.includes('script')]).toEqual(['Nuevos términos del SLA', true, false]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/announcements', headers: await t.login(w.a.authorized.email) })).json();
    expect(list.items[0]).toMatchObject({ kind: 'sla', title: 'Nuevos términos del SLA', locale: 'es' });
    const b = await t.login(w.b.authorized.email);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/portal/announcements/${res.json().id}`, headers: b })).statusCode).toBe(404);
  });
});
