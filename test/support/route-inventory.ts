import { parseConfig } from '../../src/config/config.js';
import { manualClock } from '../../src/core/clock.js';
import { buildApp } from '../../src/server/app.js';
import { fileBlobStore } from '../../src/storage/blob-store.js';
import { TEST_NOW } from './app.js';
import { createTestStorage } from './engines.js';

/** A route as the app registers it: one entry per method, with its declared access rule. */
export interface RouteInfo {
  method: string;
  url: string;
  access: unknown;
}

export const ROLES = ['admin', 'manager', 'agent', 'contact'] as const;
export const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

/** Every route the app registers (HEAD left out), read from a throw-away app on PGlite. */
export async function listRoutes(): Promise<RouteInfo[]> {
  const storage = await createTestStorage('pglite');
  const routes: RouteInfo[] = [];
  const app = await buildApp(
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

/** A route's URL with its parameters filled: ids with a UUID nobody owns, anything else with 'x'. */
export function concreteUrl(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => (/id$/i.test(name) ? ZERO_UUID : 'x'));
}
