import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEndOfLifeWarnings } from '../storage/products-eol.queries.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { ENGINES } from '../../test/support/engines.js';
import { createProductsWorld, mailTo, type ProductsWorld } from '../../test/support/products-world.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { sweepEndOfLifeWarnings } from './versions-sweep-end-of-life.js';

/**
 * versions.sweep-end-of-life (R-V5): a major version lives 36 months from its
 * first release (the product's setting); customers running it are warned
 * when it is within each warning threshold (here 180 and 30 days), once per
 * customer, product, major line and threshold.
 */
describe.each(ENGINES)('end-of-life warnings on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  let productId: string;
  const sweep = () => sweepEndOfLifeWarnings({ db: t.deps.db, clock: t.clock, publicUrl: 'https://desk.test' });
  const install = (customerId: string, version: string) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/admin/customers/${customerId}/installed-versions/${productId}`, headers: w.manager, payload: { version } });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
    await w.at('2026-06-15T09:00:00Z');
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: w.manager, payload });
    productId = (await post('/api/v1/admin/products', { code: 'athento', name: 'Athento', kind: 'product', schemeCode: 'major-minor', eolWarningDays: [30, 180] })).json().id;
    // History: 4.0 first released 2024-01-15 (end of life 2027-01-15), 4.3 later; 5.0 on 2026-06-01.
    for (const [version, kind, releasedOn] of [['4.0', 'major', '2024-01-15'], ['4.3', 'minor', '2024-09-01'], ['5.0', 'major', '2026-06-01']] as const) {
      const r = (await post('/api/v1/admin/releases', { productId, version, kind, releasedOn, notes: { en: 'Notes' } })).json();
      await post(`/api/v1/admin/releases/${r.id}/publish`, { notify: false });
    }
    await install(w.a.customerId, '4.3');
    await install(w.b.customerId, '5.0');
  });
  afterAll(() => t.close());

  it('derives end of life from the first release of each major line and the product lifetime', async () => {
    const p = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/products/${productId}`, headers: w.manager })).json();
    expect(p.eolWarningDays).toEqual([180, 30]);
    expect(p.lifecycle).toMatchObject({
      latestVersion: '5.0',
      majors: [
        { majorLine: '5', firstReleasedOn: '2026-06-01', endOfLife: '2029-06-01', latestVersion: '5.0' },
        { majorLine: '4', firstReleasedOn: '2024-01-15', endOfLife: '2027-01-15', latestVersion: '4.3' },
      ],
    });
    const a = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/installed-versions', headers: await t.login(w.a.authorized.email) })).json();
    expect(a.items[0]).toMatchObject({ version: '4.3', endOfLife: '2027-01-15', daysToEndOfLife: 214, latestVersion: '5.0' });
  });

  it('warns once per threshold, only the customers running the ageing major', async () => {
    await w.at('2026-07-18T09:00:00Z'); // 181 days before 2027-01-15
    expect((await sweep()).messages).toBe(0);
    await w.at('2026-07-19T09:00:00Z'); // 180 days
    expect((await sweep()).messages).toBe(2); // A's two authorized contacts; B runs 5.0
    expect((await sweep()).messages).toBe(0);
    await w.at('2026-12-16T09:00:00Z'); // 30 days
    expect((await sweep()).messages).toBe(2);
    expect((await sweep()).messages).toBe(0);
    const mails = await mailTo(t, w.a.authorized.id, 'end_of_life_warning');
    expect(mails.map((m) => m.subject)).toEqual(['Athento 4.3: fin de vida el 2027-01-15', 'Athento 4.3: fin de vida el 2027-01-15']);
    expect(mails[1]!.textBody).toContain('dentro de 30 días');
    expect(await mailTo(t, w.b.authorized.id, 'end_of_life_warning')).toHaveLength(0);
    expect((await listEndOfLifeWarnings(t.deps.db, w.a.customerId)).map((x) => [x.majorLine, x.thresholdDays])).toEqual([['4', 180], ['4', 30]]);
  });

  it('sends one message when several thresholds are reached at once, and none after an upgrade', async () => {
    const late = await createTicketWorld(t.deps, { withSeverities: false });
    await install(late.customerId, '4.0');
    expect((await sweep()).messages).toBe(2); // both thresholds recorded, one message per contact
    expect((await listEndOfLifeWarnings(t.deps.db, late.customerId)).map((x) => x.thresholdDays).sort((x, y) => x - y)).toEqual([30, 180]);
    expect(await mailTo(t, late.authorized.id, 'end_of_life_warning')).toHaveLength(1);
    await install(w.a.customerId, '5.0');
    await w.at('2027-01-20T09:00:00Z');
    expect((await sweep()).messages).toBe(0);
  });
});
