import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { columnsOf, drizzleTables, mirrorDdl, schemaDrift, SQL_ONLY_TABLES, tablesOf } from '../../../test/support/schema-drift.js';
import type { Db } from '../db.js';

/**
 * Issue 15 item 1: the migrations are the schema's source and the Drizzle
 * definitions must say the same (test/support/schema-drift.ts says how).
 */
const MIRROR = 'drizzle_mirror';

describe.each(ENGINES)('the Drizzle schema matches the migrated database on %s (issue 15 item 1)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const dzTables = new Set(drizzleTables().map((t) => t.name));
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    await s.storage.runScript(mirrorDdl(MIRROR));
  });
  afterAll(() => s.dispose());

  it('has the same columns, types, nullability, defaults and identities', async () => {
    expect(schemaDrift(await columnsOf(db, 'public'), await columnsOf(db, MIRROR), dzTables)).toEqual([]);
  });

  it('defines every migrated table in Drizzle, or lists it as SQL-only with its reason', async () => {
    const sqlTables = await tablesOf(db, 'public');
    expect(sqlTables.filter((t) => !dzTables.has(t) && !(t in SQL_ONLY_TABLES))).toEqual([]);
    expect([...dzTables].filter((t) => !sqlTables.includes(t))).toEqual([]);
    // The list stays true: a table that gains a Drizzle definition or is dropped leaves it.
    expect(Object.keys(SQL_ONLY_TABLES).filter((t) => dzTables.has(t) || !sqlTables.includes(t))).toEqual([]);
  });

  it('reports each kind of difference (so the comparison can fail)', async () => {
    // Compared with a changed copy of itself, so that this holds whatever the real drift is.
    const sqlCols = await columnsOf(db, 'public');
    const dzCols = new Map(sqlCols);
    const status = dzCols.get('tickets.status')!;
    dzCols.set('tickets.status', { ...status, column_default: `'open'::text`, is_nullable: 'YES', udt_name: 'varchar' });
    dzCols.delete('tickets.subject');
    dzCols.set('tickets.extra', { ...status, column_name: 'extra' });
    expect(schemaDrift(sqlCols, dzCols, dzTables)).toEqual([
      'tickets.subject: in SQL, missing in Drizzle',
      'tickets.status: type SQL text vs Drizzle varchar',
      'tickets.status: nullable SQL NO vs Drizzle YES',
      "tickets.status: default SQL 'new'::text vs Drizzle 'open'::text",
      'tickets.extra: in Drizzle, missing in SQL',
    ]);
  });
});
