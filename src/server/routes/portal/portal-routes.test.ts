import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../core/actor.js';
import { createContact } from '../../../usecases/contacts/create-contact.js';
import { createTestApp, TEST_PASSWORD, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { makeCustomerOnPlan, uniq } from '../../../../test/support/catalogue-fixtures.js';
import { ENGINES } from '../../../../test/support/engines.js';

describe.each(ENGINES)('portal API on %s (RULES §1, R-C2)', (engine) => {
  let t: TestApp;
  let adminA: AuthHeaders;
  let plainA: AuthHeaders;
  let idA: { customer: string; plainContact: string; contract: string };
  let idB: { customer: string; contact: string; contract: string };

  const contact = async (customerId: string, extra: { isAdministrator?: boolean; isAuthorized?: boolean } = {}) =>
    createContact(t.deps, { actor: SYSTEM_ACTOR, customerId, email: `${uniq('p')}@customer.test`, name: 'Person', password: TEST_PASSWORD, ...extra });

  beforeAll(async () => {
    t = await createTestApp(engine);
    const a = await makeCustomerOnPlan(t.deps, 2);
    const b = await makeCustomerOnPlan(t.deps, 2);
    const admin = await contact(a.customer.id, { isAdministrator: true, isAuthorized: true });
    const plain = await contact(a.customer.id);
    const other = await contact(b.customer.id, { isAuthorized: true });
    adminA = await t.login(admin.email);
    plainA = await t.login(plain.email);
    idA = { customer: a.customer.id, plainContact: plain.id, contract: a.contract.id };
    idB = { customer: b.customer.id, contact: other.id, contract: b.contract.id };
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers?: AuthHeaders, payload?: object) => t.app.inject({ method, url, headers, payload });

  it('a contact reads its own customer and contracts with the plan version in force', async () => {
    const me = await inject('GET', '/api/v1/portal/customer', plainA);
    expect(me.json()).toMatchObject({ id: idA.customer });
    expect(me.json()).not.toHaveProperty('notes');
    const contracts = (await inject('GET', '/api/v1/portal/contracts', plainA)).json().items;
    expect(contracts.map((c: { id: string }) => c.id)).toEqual([idA.contract]);
    expect(contracts[0].planVersion).toMatchObject({ version: 1, terms: { maxAuthorizedContacts: 2 } });
  });

  it("another customer's contract or contact is 404, like a missing id", async () => {
    expect((await inject('GET', `/api/v1/portal/contracts/${idB.contract}`, plainA)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/portal/contacts/${idB.contact}`, plainA)).statusCode).toBe(404);
    const hijack = await inject('PATCH', `/api/v1/portal/contacts/${idB.contact}`, adminA, { name: 'Hijacked' });
    expect(hijack.statusCode).toBe(404);
    expect((await inject('POST', `/api/v1/portal/contacts/${idB.contact}/archive`, adminA)).statusCode).toBe(404);
    const missing = await inject('GET', '/api/v1/portal/contacts/00000000-0000-4000-8000-000000000000', plainA);
    expect(missing.statusCode).toBe(404);
    const list = (await inject('GET', '/api/v1/portal/contacts', plainA)).json();
    expect(list.items.every((c: { customerId: string }) => c.customerId === idA.customer)).toBe(true);
  });

  it('the administrator contact manages colleagues within the cap; others get 403; staff-only fields are refused', async () => {
    const add = await inject('POST', '/api/v1/portal/contacts', adminA, { email: `${uniq('n')}@customer.test`, name: 'New', isAuthorized: true });
    expect(add.statusCode).toBe(201);
    // cap 2: the administrator and the new colleague are authorized
    const over = await inject('PATCH', `/api/v1/portal/contacts/${idA.plainContact}`, adminA, { isAuthorized: true });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'CONTACT_CAP_REACHED', details: { cap: 2, authorized: 2 } });
    const staffOnly = await inject('POST', '/api/v1/portal/contacts', adminA, { email: `${uniq('x')}@customer.test`, name: 'X', isAdministrator: true });
    expect(staffOnly.statusCode).toBe(400);
    expect(staffOnly.json().error.details.map((d: { path: string }) => d.path)).toContain('body.isAdministrator');
    const byPlain = await inject('POST', '/api/v1/portal/contacts', plainA, { email: `${uniq('y')}@customer.test`, name: 'Y' });
    expect(byPlain.statusCode).toBe(403);
    expect((await inject('POST', `/api/v1/portal/contacts/${add.json().id}/archive`, adminA)).json().archivedAt).not.toBeNull();
  });

  it('no session → 401; staff → 403 on portal routes; contacts → 403 on admin routes', async () => {
    expect((await inject('GET', '/api/v1/portal/contracts')).statusCode).toBe(401);
    const agent = await t.staff('agent');
    expect((await inject('GET', '/api/v1/portal/customer', agent)).statusCode).toBe(403);
    expect((await inject('GET', `/api/v1/admin/customers/${idA.customer}`, adminA)).statusCode).toBe(403);
  });
});
