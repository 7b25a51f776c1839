import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../core/actor.js';
import { findPlanRowByCode } from '../../../storage/plans.queries.js';
import { createContract } from '../../../usecases/contracts/create-contract.js';
import { createCustomer } from '../../../usecases/customers/create-customer.js';
import { importPreset } from '../../../usecases/presets/import-preset.js';
import { insertContact } from '../../../../test/support/fixtures.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createProductsWorld, type ProductsWorld } from '../../../../test/support/products-world.js';

const LEVELS = ['altanet-entry', 'altanet-standard', 'altanet-premium'] as const;

/**
 * R-V5 over HTTP with Altanet's matrix from presets/altanet.json (seed 002):
 * Entry gets module upgrades (minor and below) only; Standard and Premium
 * also platform minor upgrades; a major platform upgrade is 50 % of the
 * licences plus an estimated migration on every level.
 */
describe.each(ENGINES)('Altanet upgrade rights on %s', (engine) => {
  let t: TestApp;
  let w: ProductsWorld;
  let newsId: string;
  const plans: Record<string, string> = {};
  const right = async (q: Record<string, string>) => t.app.inject({ method: 'GET', url: `/api/v1/admin/upgrade-rights?${new URLSearchParams({ productId: newsId, ...q })}`, headers: w.manager });

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await createProductsWorld(t);
    await importPreset(t.deps, { name: 'altanet', actor: SYSTEM_ACTOR });
    for (const code of LEVELS) plans[code] = (await findPlanRowByCode(t.deps.db, code))!.id;
    const platform = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/products', headers: w.manager, payload: { code: 'citron2cms', name: 'Citron2CMS', kind: 'product', schemeCode: 'altanet-four-part' } })).json();
    newsId = (await t.app.inject({ method: 'POST', url: '/api/v1/admin/products', headers: w.manager, payload: { code: 'citron2cms-news', name: 'News', kind: 'module', parentId: platform.id, schemeCode: 'altanet-four-part' } })).json().id;
  });
  afterAll(() => t.close());

  const matrix: Array<[string, string, string, [string, string, string]]> = [
    ['module upgrade (4th number)', '5.1.2.10', '5.1.2.11', ['free', 'free', 'free']],
    ['module minor version (3rd number)', '5.1.2.10', '5.1.3.0', ['free', 'free', 'free']],
    ['platform minor version (2nd number)', '5.1.2.10', '5.2.0.0', ['not_covered', 'free', 'free']],
    ['platform major version (1st number)', '4.9.3.1', '5.0.0.0', ['discount', 'discount', 'discount']],
  ];

  it.each(matrix)('%s: %s → %s for Entry, Standard, Premium', async (_label, from, to, outcomes) => {
    for (const [i, level] of LEVELS.entries()) {
      const res = await right({ planId: plans[level]!, from, to });
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      expect([level, r.right.outcome]).toEqual([level, outcomes[i]]);
      expect(r.right.reason.message).toBeTruthy();
      if (r.right.outcome === 'discount') expect(r.right).toMatchObject({ licenceDiscountPercent: 50, migration: 'estimate', reason: { code: 'major_upgrade_discount' } });
      if (r.right.outcome === 'not_covered') expect(r.right).toMatchObject({ scope: 'platform', level: 'minor', reason: { code: 'scope_not_included' } });
    }
  });

  it("uses a customer's contract level and installed version, also in the portal", async () => {
    const customer = await createCustomer(t.deps, { actor: SYSTEM_ACTOR, code: 'ALT1', name: 'Entry customer', timeZone: 'Europe/Athens', locale: 'el' });
    await createContract(t.deps, { actor: SYSTEM_ACTOR, customerId: customer.id, planId: plans['altanet-entry']!, startDate: '2026-01-01' });
    await t.app.inject({ method: 'PUT', url: `/api/v1/admin/customers/${customer.id}/installed-versions/${newsId}`, headers: w.manager, payload: { version: '5.1.2.10' } });
    const r = (await right({ customerId: customer.id, to: '5.2.0.0' })).json();
    expect(r).toMatchObject({ from: '5.1.2.10', to: '5.2.0.0', plan: { code: 'altanet-entry' }, right: { outcome: 'not_covered' } });
    const contact = await insertContact(t.deps.db, customer.id, { administrator: true });
    const headers = await t.login(contact.email);
    const mine = (await t.app.inject({ method: 'GET', url: `/api/v1/portal/installed-versions/${newsId}/upgrade-rights?to=5.1.3.0`, headers })).json();
    expect(mine.right.outcome).toBe('free');
    const down = await right({ customerId: customer.id, to: '5.1.2.9' });
    expect([down.statusCode, down.json().error.code]).toEqual([400, 'NOT_AN_UPGRADE']);
    const bad = await right({ customerId: customer.id, to: '5.2' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'INVALID_VERSION']);
    const none = (await right({ customerId: w.a.customerId, from: '5.1.2.10', to: '5.1.2.11' })).json();
    expect(none.right).toMatchObject({ outcome: 'not_covered', reason: { code: 'scope_not_included' } }); // A's plan lists no upgrade rights
  });
});
