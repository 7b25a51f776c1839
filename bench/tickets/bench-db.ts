import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';

/** The PostgreSQL server the benches use: DATABASE_URL, else TEST_DATABASE_URL, else a local default. */
export const POSTGRES_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDb {
  storage: Storage;
  /** Where it lives: a PGlite directory or a database URL (password hidden). */
  where: string;
  url: string | null;
  /** A temporary directory for files (attachments), removed by dispose(). */
  scratch: string;
  dispose(): Promise<void>;
}

/**
 * A migrated throw-away database: PGlite in a temporary directory (like a
 * real DATA_DIR, not memory://), or a new database on the PostgreSQL server,
 * dropped by dispose().
 */
export async function openBenchDb(kind: 'pglite' | 'postgres', poolSize = 10): Promise<BenchDb> {
  const scratch = mkdtempSync(join(tmpdir(), 'coverdesk-bench-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  if (kind === 'pglite') {
    const dir = join(scratch, 'pglite');
    const storage = await openStorage({ databaseUrl: null, dataDir: dir });
    await migrate(storage);
    return { storage, where: dir, url: null, scratch, dispose: async () => { await storage.close(); removeScratch(); } };
  }
  const name = `coverdesk_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const storage = await openStorage({ databaseUrl: url.toString(), dataDir: '', poolSize });
  await migrate(storage);
  // An interrupted bench still drops its database.
  const onSignal = () => void adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const shown = new URL(url);
  shown.password = shown.password ? '***' : '';
  return {
    storage,
    where: shown.toString(),
    url: url.toString(),
    scratch,
    async dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await storage.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeScratch();
    },
  };
}

/** One statement on the server's maintenance connection (CREATE / DROP DATABASE). */
export async function adminQuery(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** A database kept by an earlier run (--keep), measured again; dispose() only closes the pool. */
export async function attachBenchDb(name: string, poolSize = 10): Promise<BenchDb> {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const storage = await openStorage({ databaseUrl: url.toString(), dataDir: '', poolSize });
  await migrate(storage);
  const scratch = mkdtempSync(join(tmpdir(), 'coverdesk-bench-'));
  return { storage, where: name, url: url.toString(), scratch, dispose: async () => { await storage.close(); rmSync(scratch, { recursive: true, force: true }); } };
}
