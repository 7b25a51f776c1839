import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { insertContact, insertCustomer } from './support/fixtures.js';
import { concreteUrl, listRoutes, ROLES, type RouteInfo } from './support/route-inventory.js';

/**
 * Issue 15 item 5: authorization lives in the use case, once per operation,
 * so the CLI, jobs and mail get the same checks as HTTP. With the routes'
 * early role answer switched off (earlyRoleCheck: false), every role a route
 * does not list must still be refused with a coded 403 by the use case itself.
 * A request the body schema stops first (400) never reached the use case and
 * proves nothing either way; those are counted, not judged. An operation the
 * portal shares (a customer's contacts, its allowance) admits that customer's
 * own contacts and narrows them to it (core/scope.ts): on another customer's
 * path a contact gets NOT_FOUND, as for a missing id (RULES §1).
 */
describe('authorization in the use cases: the routes\' role lists switched off, every wrong role is still refused', () => {
  let routes: RouteInfo[];
  let t: TestApp;
  const headers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    routes = (await listRoutes()).filter((r) => Array.isArray(r.access));
    t = await createTestApp('pglite', {}, undefined, { earlyRoleCheck: false });
    for (const role of ['admin', 'manager', 'agent'] as const) headers[role] = { ...(await t.staff(role)) };
    const customer = await insertCustomer(t.deps.db);
    const contact = await insertContact(t.deps.db, customer.id, { administrator: true });
    headers.contact = { ...(await t.login(contact.email)) };
  });
  afterAll(() => t.close());

  it('answers a coded 403 from the use case to every role the route does not list', async () => {
    const allowed: string[] = [];
    let refused = 0;
    let stoppedByValidation = 0;
    for (const r of routes) {
      for (const role of ROLES.filter((x) => !(r.access as string[]).includes(x))) {
        const res = await t.app.inject({ method: r.method as 'GET', url: concreteUrl(r.url), headers: headers[role], payload: r.method === 'GET' ? undefined : {} });
        const scopedOut = role === 'contact' && r.url.includes('/customers/:id') && res.statusCode === 404 && res.json().error.code === 'NOT_FOUND';
        if (res.statusCode === 403 || scopedOut) refused++;
        else if (res.statusCode === 400) stoppedByValidation++;
        else allowed.push(`${role} ${r.method} ${r.url} → ${res.statusCode} ${res.statusCode >= 400 ? res.json().error.code : ''}`);
      }
    }
    expect(allowed).toEqual([]);
    expect(refused).toBeGreaterThan(200);
    expect(stoppedByValidation).toBeLessThan(refused);
  });
});
