import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { manualClock } from '../src/core/clock.js';
import { buildApp } from '../src/server/app.js';
import { fileBlobStore } from '../src/storage/blob-store.js';
import { createTestApp, TEST_NOW, type TestApp } from './support/app.js';
import { createTestStorage } from './support/engines.js';
import { insertContact, insertCustomer } from './support/fixtures.js';

interface RouteInfo {
  method: string;
  url: string;
  access: unknown;
}

const ROLES = ['admin', 'manager', 'agent', 'contact'] as const;
const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

async function inventory(): Promise<RouteInfo[]> {
  const s = await createTestStorage('pglite');
  const routes: RouteInfo[] = [];
  const app = await buildApp(
    { storage: s.storage, db: s.storage.db, clock: manualClock(TEST_NOW), config: parseConfig({}), secretKey: 'k'.repeat(40), blobs: fileBlobStore('/tmp/coverdesk-authz-blobs') },
    { onRoute: (r) => [r.method].flat().forEach((m) => routes.push({ method: m, url: r.url, access: r.access })) },
  );
  await app.ready();
  await app.close();
  await s.dispose();
  return routes.filter((r) => r.method !== 'HEAD' && Array.isArray(r.access));
}

const concreteUrl = (url: string) => url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$/i.test(name) ? ZERO_UUID : 'x'));

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
    routes = await inventory();
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
