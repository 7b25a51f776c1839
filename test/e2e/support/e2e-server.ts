import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileBlobStore } from '../../../src/storage/blob-store.js';
import { parseConfig } from '../../../src/config/config.js';
import { SYSTEM_ACTOR, type StaffRole } from '../../../src/core/actor.js';
import { manualClock } from '../../../src/core/clock.js';
import { buildApp } from '../../../src/server/app.js';
import type { App, AppDeps } from '../../../src/server/types.js';
import { createUser } from '../../../src/usecases/users/create-user.js';
import { createTestStorage, type TestStorage } from '../../support/engines.js';

export const E2E_PASSWORD = 'correct horse battery staple';

export interface E2eServer {
  url: string;
  app: App;
  deps: AppDeps;
  clock: ReturnType<typeof manualClock>;
  /** A staff user with E2E_PASSWORD. */
  staff(role: StaffRole, opts?: { locale?: 'en' | 'es' | 'el'; name?: string; email?: string }): Promise<{ id: string; email: string; name: string }>;
  close(): Promise<void>;
}

let seq = 0;

/**
 * A fresh app on in-memory PGlite, listening on a free port, serving the built
 * SPA from dist/web. The clock is manual but starts at the real time: the
 * browser judges cookie expiry by its own clock.
 */
export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const storage: TestStorage = await createTestStorage('pglite');
  const clock = manualClock(new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const deps: AppDeps = { storage: storage.storage, db: storage.storage.db, clock, config, secretKey: 'e2e-secret-key-0123456789abcdef0123456789', blobs: fileBlobStore(mkdtempSync(join(tmpdir(), 'coverdesk-e2e-blobs-'))) };
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    deps,
    clock,
    async staff(role, opts = {}) {
      const n = ++seq;
      const email = opts.email ?? `${role}-${n}@vendor.test`;
      const name = opts.name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${n}`;
      const { user } = await createUser(deps, { actor: SYSTEM_ACTOR, email, name, role, locale: opts.locale ?? 'en', timeZone: 'Europe/Madrid', password: E2E_PASSWORD });
      return { id: user.id, email, name };
    },
    async close() {
      await app.close();
      await storage.dispose();
    },
  };
}
