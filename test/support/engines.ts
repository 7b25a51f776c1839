import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';

export type EngineKind = 'pglite' | 'postgres';

/**
 * Engines every storage/integration suite runs on: PGlite always, and real
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Use with describe.each.
 */
export const ENGINES: EngineKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestStorage {
  storage: Storage;
  /** PostgreSQL only: the throw-away database's URL (for a second pool or a child process). */
  url?: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a throw-away PostgreSQL database. */
export async function createTestStorage(kind: EngineKind, opts: { migrated?: boolean } = {}): Promise<TestStorage> {
  const migrated = opts.migrated ?? true;
  if (kind === 'pglite') {
    const storage = await openStorage({ databaseUrl: null, dataDir: 'memory://' });
    if (migrated) await migrate(storage);
    return { storage, dispose: () => storage.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `coverdesk_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const storage = await openStorage({ databaseUrl: url.toString(), dataDir: '', poolSize: 20 });
  if (migrated) await migrate(storage);
  return {
    storage,
    url: url.toString(),
    async dispose() {
      await storage.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
