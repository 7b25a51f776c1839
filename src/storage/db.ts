import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A Drizzle database or transaction; both engines share this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Storage {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs a multi-statement SQL script inside one transaction (migrations). */
  runScript(sqlText: string, after?: (db: Db) => Promise<void>): Promise<void>;
  /** Runs fn while holding the cluster-wide migration lock (no-op on PGlite). */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the data directory as an uncompressed tarball (tests clone databases from it). */
  dumpImage?(): Promise<Blob>;
}

// bigint (int8) as JS number: ids and money stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// date as the plain 'YYYY-MM-DD' string, never a Date shifted by the process zone.
pg.types.setTypeParser(1082, (v) => v);

export interface OpenStorageOptions {
  databaseUrl: string | null;
  /** PGlite data directory, or 'memory://' for tests. */
  dataDir: string;
  poolSize?: number;
  /** PGlite only: start from this data directory image (a dumpDataDir tarball) instead of initdb. */
  loadDataDir?: Blob;
}

/** Opens PGlite (embedded, default) or a node-postgres pool when a URL is given. */
export async function openStorage(opts: OpenStorageOptions): Promise<Storage> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Storage> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    parsers: { 20: (v: string) => Number(v), 1082: (v: string) => v },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  // PGlite has one connection. It runs every query and every transaction under
  // one mutex, so a query issued outside a transaction waits for the transaction
  // to end and can never be rolled back with it (proven in db.test.ts).
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async runScript(sqlText, after) {
      await client.transaction(async (tx) => {
        await tx.exec(sqlText);
      });
      if (after) await after(db);
    },
    withMigrationLock: (fn) => fn(),
    close: () => client.close(),
    dumpImage: () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, max: number): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max });
  // A database restart or a dropped connection emits 'error' on the pool (idle
  // clients) AND on a checked-out client; unhandled, either ends the process
  // (issue 14, item 2). The query in hand fails with the error; the pool drops
  // the broken client and opens a new one on the next checkout.
  pool.on('error', () => {
    /* idle client errors are reported by the next query; keep the process alive */
  });
  pool.on('connect', (client) => {
    client.on('error', () => {
      /* reported to the query in hand (or the next one); keep the process alive */
    });
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async runScript(sqlText, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(sqlText);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
      if (after) await after(db);
    },
    async withMigrationLock(fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(727274)');
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
