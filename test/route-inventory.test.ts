import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { manualClock } from '../src/core/clock.js';
import { buildApp } from '../src/server/app.js';
import { fileBlobStore } from '../src/storage/blob-store.js';
import type { App } from '../src/server/types.js';
import { createTestApp, TEST_NOW, type TestApp } from './support/app.js';
import { createTestStorage, type TestStorage } from './support/engines.js';
import { insertContact, insertCustomer } from './support/fixtures.js';

interface RouteInfo {
  method: string;
  url: string;
  access: unknown;
}

const ROLES = ['admin', 'manager', 'agent', 'contact'] as const;
const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

async function inventory(): Promise<RouteInfo[]> {
  const storage: TestStorage = await createTestStorage('pglite');
  const routes: RouteInfo[] = [];
  const app: App = await buildApp(
    { storage: storage.storage, db: storage.storage.db, clock: manualClock(TEST_NOW), config: parseConfig({}), secretKey: 'k'.repeat(40), blobs: fileBlobStore('/tmp/coverdesk-inventory-blobs') },
    {
      onRoute: (r) => {
        for (const m of [r.method].flat()) routes.push({ method: m, url: r.url, access: r.access });
      },
    },
  );
  await app.ready();
  await app.close();
  await storage.dispose();
  return routes.filter((r) => r.method !== 'HEAD');
}

function concreteUrl(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$/i.test(name) ? ZERO_UUID : 'x'));
}

describe('route inventory', () => {
  let routes: RouteInfo[];
  beforeAll(async () => {
    routes = await inventory();
  });

  it('gives every route a declared access rule', () => {
    const missing = routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it('keeps every API route except sign-in, address confirmation, health and docs behind authentication', () => {
    const open = routes
      .filter((r) => r.access === 'public' && r.url.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${r.url}`);
    // The confirmation token mailed to a new contact address is its own proof (issue 13 item 6).
    expect(open.sort()).toEqual(['POST /api/v1/auth/confirm-email', 'POST /api/v1/auth/login']);
  });
});

describe('access sweep: 401 without a session, 403 for a wrong role, on every route', () => {
  let routes: RouteInfo[];
  let t: TestApp;
  const headers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    routes = await inventory();
    t = await createTestApp('pglite');
    for (const role of ['admin', 'manager', 'agent'] as const) headers[role] = { ...(await t.staff(role)) };
    const customer = await insertCustomer(t.deps.db);
    const contact = await insertContact(t.deps.db, customer.id, { administrator: true });
    headers.contact = { ...(await t.login(contact.email)) };
  });
  afterAll(() => t.close());

  it('answers 401 to anonymous callers', async () => {
    const wrong: string[] = [];
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const res = await t.app.inject({ method: r.method as 'GET', url: concreteUrl(r.url), payload: r.method === 'GET' ? undefined : {} });
      if (res.statusCode !== 401) wrong.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role the route does not list', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of routes.filter((x) => Array.isArray(x.access))) {
      for (const role of ROLES.filter((x) => !(r.access as string[]).includes(x))) {
        checked++;
        const res = await t.app.inject({
          method: r.method as 'GET',
          url: concreteUrl(r.url),
          headers: headers[role],
          payload: r.method === 'GET' ? undefined : {},
        });
        if (res.statusCode !== 403 || res.json().error.code !== 'FORBIDDEN') wrong.push(`${role} ${r.method} ${r.url} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
