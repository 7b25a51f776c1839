import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { listMigrations, migrate, rowsOf } from './migrate.js';

describe.each(ENGINES)('storage on %s', (engine) => {
  let t: TestStorage | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('applies every migration once and a second run applies nothing', async () => {
    t = await createTestStorage(engine, { migrated: false });
    const first = await migrate(t.storage);
    expect(first).toEqual(listMigrations().map((m) => m.id));
    expect(await migrate(t.storage)).toEqual([]);
    const tables = rowsOf<{ table_name: string }>(
      await t.storage.db.execute(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      ),
    ).map((r) => r.table_name);
    for (const name of ['users', 'customers', 'contacts', 'plans', 'plan_versions', 'calendars', 'contracts']) {
      expect(tables).toContain(name);
    }
  });

  it('rolls back a failing migration whole, leaving no bookkeeping row', async () => {
    t = await createTestStorage(engine, { migrated: false });
    const bad = [{ id: '20990101000000-bad', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
    await expect(migrate(t.storage, bad)).rejects.toThrow();
    const left = rowsOf<{ n: number }>(
      await t.storage.db.execute(
        sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
      ),
    );
    expect(left[0]?.n).toBe(0);
  });

  it('never rolls back a statement issued outside a transaction together with one', async () => {
    t = await createTestStorage(engine);
    const { db } = t.storage;
    await db.execute(sql`CREATE TABLE probe (v text)`);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const failing = db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO probe VALUES ('inside')`);
        await gate;
        throw new Error('boom');
      })
      .catch((e: Error) => e.message);
    // Issued while the transaction is open; must not join it.
    const outside = db.execute(sql`INSERT INTO probe VALUES ('outside')`);
    setTimeout(release, 20);
    expect(await failing).toBe('boom');
    await outside;
    const rows = rowsOf<{ v: string }>(await db.execute(sql`SELECT v FROM probe`)).map((r) => r.v);
    expect(rows).toEqual(['outside']);
  });
});
