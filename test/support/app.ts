import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { fileBlobStore } from '../../src/storage/blob-store.js';
import type { StaffRole } from '../../src/core/actor.js';
import { manualClock } from '../../src/core/clock.js';
import { buildApp, type BuildAppOptions } from '../../src/server/app.js';
import type { App, AppDeps } from '../../src/server/types.js';
import { createUser } from '../../src/usecases/users/create-user.js';
import { SYSTEM_ACTOR } from '../../src/core/actor.js';
import { createTestStorage, type EngineKind, type TestStorage } from './engines.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_NOW = '2026-11-20T10:00:00Z';

export interface TestApp {
  app: App;
  deps: AppDeps;
  clock: ReturnType<typeof manualClock>;
  storage: TestStorage;
  /** Signs in with email + TEST_PASSWORD; returns headers for app.inject. */
  login(email: string, password?: string): Promise<AuthHeaders>;
  /** Creates a staff user with TEST_PASSWORD and signs it in. */
  staff(role: StaffRole, email?: string): Promise<AuthHeaders & { id: string }>;
  close(): Promise<void>;
}

/** Headers for app.inject: the session cookie and its CSRF token. */
export type AuthHeaders = Record<string, string> & { cookie: string; 'x-csrf-token': string };

let seq = 0;

/** A whole app on a fresh database (PGlite or PostgreSQL) with a manual clock. */
export async function createTestApp(engine: EngineKind, env: Record<string, string> = {}, extraRoute?: (app: App) => void, appOptions: BuildAppOptions = {}): Promise<TestApp> {
  const storage = await createTestStorage(engine);
  const clock = manualClock(TEST_NOW);
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-blobs-'));
  const deps: AppDeps = { storage: storage.storage, db: storage.storage.db, clock, config, secretKey: 'test-secret-key-0123456789abcdef0123456789', blobs: fileBlobStore(blobDir) };
  const app = await buildApp(deps, { ...appOptions, ...(extraRoute ? { extraRoutes: [extraRoute] } : {}) });
  await app.ready();
  const login = async (email: string, password = TEST_PASSWORD): Promise<AuthHeaders> => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'cd_session')!;
    return { cookie: `cd_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
  };
  return {
    app,
    deps,
    clock,
    storage,
    login,
    async staff(role, email) {
      const e = email ?? `${role}-${++seq}-${Date.now()}@vendor.test`;
      const { user } = await createUser(deps, { actor: SYSTEM_ACTOR, email: e, name: `${role} ${seq}`, role, password: TEST_PASSWORD });
      return { ...(await login(e)), id: user.id };
    },
    async close() {
      await app.close();
      await storage.dispose();
      rmSync(blobDir, { recursive: true, force: true });
    },
  };
}
