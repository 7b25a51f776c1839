import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Storage } from './db.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const NAME = /^\d{14}-[a-z0-9-]+\.sql$/;

export interface MigrationFile {
  id: string;
  sql: string;
}

/** Lists the forward-only SQL migrations in order (YYYYMMDDHHMMSS-description.sql). */
export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      if (!NAME.test(f)) throw new Error(`Migration file name ${f} does not match YYYYMMDDHHMMSS-description.sql`);
      return { id: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') };
    });
}

/**
 * Applies pending migrations, each in its own transaction together with its
 * bookkeeping row. Concurrent starters on PostgreSQL serialise on an advisory
 * lock, so two processes never apply the same migration. Returns applied ids.
 */
export async function migrate(storage: Storage, files = listMigrations()): Promise<string[]> {
  return storage.withMigrationLock(async () => {
    await storage.runScript(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const rows = rowsOf<{ id: string }>(await storage.db.execute(sql`SELECT id FROM schema_migrations`));
    const done = new Set(rows.map((r) => r.id));
    const applied: string[] = [];
    for (const f of files) {
      if (done.has(f.id)) continue;
      const escaped = f.id.replace(/'/g, "''");
      await storage.runScript(`${f.sql}\n;INSERT INTO schema_migrations (id) VALUES ('${escaped}');`);
      applied.push(f.id);
    }
    return applied;
  });
}

/** node-postgres returns { rows }, PGlite returns { rows } too; Drizzle passes them through. */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}
