import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { makePlan, uniq } from '../../../../test/support/catalogue-fixtures.js';
import { ENGINES } from '../../../../test/support/engines.js';

describe.each(ENGINES)('customers, contacts and contracts admin API on %s (RULES §1, R-C2, R-P3)', (engine) => {
  let t: TestApp;
  let manager: AuthHeaders;
  let agent: AuthHeaders;
  let planId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    manager = await t.staff('manager');
    agent = await t.staff('agent');
    planId = (await makePlan(t.deps, { maxAuthorizedContacts: 1 })).id;
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: AuthHeaders, payload?: object) => t.app.inject({ method, url, headers, payload });
  const newCustomer = async () => (await inject('POST', '/api/v1/admin/customers', manager, { code: uniq('cu'), name: 'Cliente', locale: 'es', timeZone: 'Europe/Madrid' })).json();

  it('creates a customer, a contract and capped contacts; one administrator', async () => {
    const c = await newCustomer();
    const contract = await inject('POST', '/api/v1/admin/contracts', manager, {
      customerId: c.id,
      planId,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      priceBasis: 'licence',
      basisAmountCents: 1_000_000,
      percentBp: 1800,
    });
    expect(contract.statusCode).toBe(201);
    expect(contract.json()).toMatchObject({ yearlyPriceCents: 180_000, currency: 'EUR' });
    const first = await inject('POST', `/api/v1/admin/customers/${c.id}/contacts`, manager, { email: `${uniq('a')}@x.test`, name: 'A', isAuthorized: true, isAdministrator: true });
    expect(first.statusCode).toBe(201);
    const capped = await inject('POST', `/api/v1/admin/customers/${c.id}/contacts`, manager, { email: `${uniq('b')}@x.test`, name: 'B', isAuthorized: true });
    expect(capped.statusCode).toBe(409);
    expect(capped.json().error.code).toBe('CONTACT_CAP_REACHED');
    const second = await inject('POST', `/api/v1/admin/customers/${c.id}/contacts`, manager, { email: `${uniq('c')}@x.test`, name: 'C', isAdministrator: true });
    expect(second.json().isAdministrator).toBe(true);
    const list = (await inject('GET', `/api/v1/admin/customers/${c.id}/contacts?sort=name`, agent)).json();
    expect(list.items.map((x: { name: string; isAdministrator: boolean }) => [x.name, x.isAdministrator])).toEqual([
      ['A', false],
      ['C', true],
    ]);
    const active = (await inject('GET', `/api/v1/admin/contracts?customerId=${c.id}&activeOn=2026-06-01`, agent)).json();
    expect(active.total).toBe(1);
    expect((await inject('GET', `/api/v1/admin/contracts?customerId=${c.id}&activeOn=2027-01-01`, agent)).json().total).toBe(0);
  });

  it('bad input → 400 with the field path, nothing written', async () => {
    const c = await newCustomer();
    const count = async () => (await inject('GET', `/api/v1/admin/customers/${c.id}/contacts`, manager)).json().total;
    const bad = await inject('POST', `/api/v1/admin/customers/${c.id}/contacts`, manager, { email: 'nope', name: 'N', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['body.email', 'body.role']));
    expect(await count()).toBe(0);
    const range = await inject('POST', '/api/v1/admin/contracts', manager, { customerId: c.id, planId, startDate: '2026-05-01', endDate: '2026-04-30' });
    expect(range.statusCode).toBe(400);
    expect(range.json().error).toMatchObject({ code: 'INVALID_DATE_RANGE', details: [{ path: 'endDate' }] });
    expect((await inject('GET', `/api/v1/admin/contracts?customerId=${c.id}`, manager)).json().total).toBe(0);
    const weak = await inject('POST', `/api/v1/admin/customers/${c.id}/contacts`, manager, { email: `${uniq('w')}@x.test`, name: 'W', password: 'short' });
    expect(weak.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'password' }] });
    expect(await count()).toBe(0);
  });

  it('a missing customer is 404; agents may not write (403)', async () => {
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect((await inject('GET', `/api/v1/admin/customers/${ghost}`, agent)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/admin/customers/${ghost}/contacts`, agent)).statusCode).toBe(404);
    expect((await inject('POST', '/api/v1/admin/customers', agent, { code: 'x', name: 'X' })).statusCode).toBe(403);
  });

  it('archives instead of deleting', async () => {
    const c = await newCustomer();
    const res = await inject('POST', `/api/v1/admin/customers/${c.id}/archive`, manager);
    expect(res.json().archivedAt).not.toBeNull();
    expect((await inject('GET', '/api/v1/admin/customers?archived=true', agent)).json().items.map((x: { id: string }) => x.id)).toContain(c.id);
  });
});
