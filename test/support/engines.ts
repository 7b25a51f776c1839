import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/db.js';
import { listMigrations, migrate } from '../../src/storage/migrate.js';

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

/**
 * A fresh database: in-memory PGlite, or a throw-away PostgreSQL database;
 * migrated unless `migrated: false` (then it is empty).
 *
 * Speed (issue 14, item 10): starting PGlite runs initdb (~5 s, 15-25 s under
 * load) and every suite used to pay it plus the migrations. The migrations now
 * run once per migration set: PGlite databases load a data-directory image
 * cached in memory and in the temp dir, PostgreSQL databases are copied from a
 * template database (`CREATE DATABASE … TEMPLATE`).
 */
export async function createTestStorage(kind: EngineKind, opts: { migrated?: boolean } = {}): Promise<TestStorage> {
  const migrated = opts.migrated ?? true;
  if (kind === 'pglite') {
    const storage = await openStorage({ databaseUrl: null, dataDir: 'memory://', loadDataDir: await pgliteImage(migrated) });
    return { storage, dispose: () => storage.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `coverdesk_t_${randomBytes(6).toString('hex')}`;
  const template = migrated ? await postgresTemplate(base) : null;
  await withAdmin(base, (admin) => admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  const storage = await openStorage({ databaseUrl: url.toString(), dataDir: '', poolSize: 20 });
  return {
    storage,
    url: url.toString(),
    async dispose() {
      await storage.close();
      await withAdmin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Names the migration set (and the PGlite build): a changed migration makes new images and templates. */
export function migrationSetHash(): string {
  const h = createHash('sha256');
  h.update(readPgliteVersion());
  for (const m of listMigrations()) h.update(`${m.id}\0${m.sql}\0`);
  return h.digest('hex').slice(0, 16);
}

function readPgliteVersion(): string {
  try {
    const pkg = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/@electric-sql/pglite/package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// ---- PGlite: one image per process, shared across processes through the temp dir ----

const IMAGE_PREFIX = 'coverdesk-test-pglite-';
const STALE_MS = 24 * 3600_000;
const images = new Map<boolean, Promise<Blob>>();

function pgliteImage(migrated: boolean): Promise<Blob> {
  let p = images.get(migrated);
  if (!p) {
    p = buildPgliteImage(migrated);
    images.set(migrated, p);
    // A failed build must not poison every later test in the process.
    p.catch(() => images.delete(migrated));
  }
  return p;
}

async function buildPgliteImage(migrated: boolean): Promise<Blob> {
  const file = join(tmpdir(), `${IMAGE_PREFIX}${migrationSetHash()}-${migrated ? 'migrated' : 'empty'}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const storage = await openStorage({ databaseUrl: null, dataDir: 'memory://' });
  try {
    if (migrated) await migrate(storage);
    const blob = await storage.dumpImage!();
    // Write then rename: a concurrent worker never reads a half-written image.
    const part = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
    writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
    renameSync(part, file);
    dropStaleImages(file);
    return blob;
  } finally {
    await storage.close();
  }
}

/** Images of other migration sets untouched for a day (other worktrees may still use recent ones). */
function dropStaleImages(keep: string): void {
  const dir = tmpdir();
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(IMAGE_PREFIX)) continue;
    const path = join(dir, f);
    if (path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
    } catch {
      /* another process removed it first */
    }
  }
}

// ---- PostgreSQL: one template database per migration set ----

const TEMPLATE_PREFIX = 'coverdesk_tpl_';
const TEMPLATE_LOCK = 727275; // advisory lock key: one builder at a time across vitest workers
let template: Promise<string> | undefined;

function postgresTemplate(base: string): Promise<string> {
  if (!template) {
    template = buildPostgresTemplate(base);
    template.catch(() => (template = undefined));
  }
  return template;
}

async function buildPostgresTemplate(base: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${migrationSetHash()}`;
  return withAdmin(base, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        // Build under a scratch name and rename: the template appears only when fully migrated.
        const scratch = `coverdesk_tplb_${randomBytes(6).toString('hex')}`;
        await admin.query(`CREATE DATABASE ${scratch}`);
        try {
          const url = new URL(base);
          url.pathname = `/${scratch}`;
          const storage = await openStorage({ databaseUrl: url.toString(), dataDir: '', poolSize: 2 });
          try {
            await migrate(storage);
          } finally {
            await storage.close();
          }
          await admin.query(`ALTER DATABASE ${scratch} RENAME TO ${name}`);
        } catch (e) {
          await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => undefined);
          throw e;
        }
      }
      // The comment records the last use; templates of other migration sets unused for a day go.
      await admin.query(`COMMENT ON DATABASE ${name} IS '${new Date().toISOString()}'`);
      await dropStaleTemplates(admin, name);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    }
  });
}

async function dropStaleTemplates(admin: pg.Client, keep: string): Promise<void> {
  const r = await admin.query<{ datname: string; used: string | null }>(
    `SELECT d.datname, shobj_description(d.oid, 'pg_database') AS used
       FROM pg_database d WHERE d.datname LIKE 'coverdesk\\_tpl%' AND d.datname <> $1`,
    [keep],
  );
  for (const row of r.rows) {
    const used = row.used ? Date.parse(row.used) : NaN;
    if (Number.isFinite(used) && Date.now() - used < STALE_MS) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => undefined);
  }
}

async function withAdmin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
