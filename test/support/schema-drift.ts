import { is, SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgDialect, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/storage/db.js';
import { rowsOf } from '../../src/storage/migrate.js';
import * as schema from '../../src/storage/schema/index.js';

/**
 * Issue 15 item 1: the SQL migrations are the schema's source; the Drizzle
 * definitions (storage/schema/*.ts) are written by hand beside them, and the
 * query layer (the registration INSERT included) is built from the latter.
 *
 * The drift test builds the Drizzle definitions as real tables in a scratch
 * schema and lets the database describe both sides in information_schema, so
 * types, defaults and nullability are compared in the database's own normal
 * form (`'new'::text`, `timestamp with time zone`, `nextval('…'::regclass)`),
 * not through a second hand-written mapping that could itself drift.
 */

/** Tables in the database with no Drizzle definition on purpose, and why. */
export const SQL_ONLY_TABLES: Record<string, string> = {
  schema_migrations: "the migration runner's own ledger (storage/migrate.ts), created before any migration",
};

/** Every table the Drizzle schema defines. */
export function drizzleTables(): Array<ReturnType<typeof getTableConfig>> {
  return (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t));
}

const dialect = new PgDialect();
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

function sqlText(expr: SQL): string {
  const q = dialect.sqlToQuery(expr);
  if (q.params.length > 0) throw new Error(`a schema default with parameters cannot be mirrored: ${q.sql}`);
  return q.sql;
}

/** The column's database default as Drizzle would write it (JS values through the column's own driver mapping). */
function defaultOf(col: AnyPgColumn): string | null {
  if (col.default === undefined) return null;
  if (is(col.default, SQL)) return sqlText(col.default);
  const v = col.mapToDriverValue(col.default);
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return quote(JSON.stringify(v));
}

function columnDdl(col: AnyPgColumn): string {
  const parts = [ident(col.name), col.getSQLType()];
  if (col.generatedIdentity) parts.push(`GENERATED ${col.generatedIdentity.type === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  if (col.generated) {
    const as = col.generated.as;
    parts.push(`GENERATED ALWAYS AS (${is(as, SQL) ? sqlText(as) : typeof as === 'function' ? sqlText(as() as SQL) : String(as)}) STORED`);
  }
  if (col.notNull) parts.push('NOT NULL');
  const d = defaultOf(col);
  if (d !== null) parts.push(`DEFAULT ${d}`);
  return parts.join(' ');
}

/**
 * DDL that creates every Drizzle table, columns only, in `schema`. The search
 * path keeps `public` second, so a default naming a sequence resolves to the
 * real one and reads back the same way.
 */
export function mirrorDdl(schemaName: string): string {
  const lines = [`CREATE SCHEMA ${ident(schemaName)};`, `SET LOCAL search_path = ${ident(schemaName)}, public;`];
  for (const t of drizzleTables()) lines.push(`CREATE TABLE ${ident(schemaName)}.${ident(t.name)} (${t.columns.map(columnDdl).join(', ')});`);
  return lines.join('\n');
}

export interface ColumnFacts {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_nullable: string;
  column_default: string | null;
  is_identity: string;
  identity_generation: string | null;
  is_generated: string;
  generation_expression: string | null;
}

/** information_schema's facts about every column of `schemaName`, keyed `table.column`. */
export async function columnsOf(db: Db, schemaName: string): Promise<Map<string, ColumnFacts>> {
  const rows = rowsOf<ColumnFacts>(
    await db.execute(sql`
      SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale,
             is_nullable, column_default, is_identity, identity_generation, is_generated, generation_expression
        FROM information_schema.columns
       WHERE table_schema = ${schemaName}
       ORDER BY table_name, ordinal_position`),
  );
  return new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
}

export async function tablesOf(db: Db, schemaName: string): Promise<string[]> {
  const rows = rowsOf<{ table_name: string }>(
    await db.execute(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = ${schemaName} AND table_type = 'BASE TABLE' ORDER BY 1`),
  );
  return rows.map((r) => r.table_name);
}

const typeOf = (c: ColumnFacts) =>
  [c.data_type === 'ARRAY' ? `${c.udt_name.slice(1)}[]` : c.udt_name, c.character_maximum_length, c.numeric_precision, c.numeric_scale]
    .filter((x) => x !== null)
    .join('/');

/** Every difference between the migrated tables and their Drizzle mirror, one line each. */
export function schemaDrift(sqlCols: Map<string, ColumnFacts>, dzCols: Map<string, ColumnFacts>, dzTables: Set<string>): string[] {
  const out: string[] = [];
  for (const [key, s] of sqlCols) {
    if (!dzTables.has(s.table_name)) continue;
    const d = dzCols.get(key);
    if (!d) {
      out.push(`${key}: in SQL, missing in Drizzle`);
      continue;
    }
    if (typeOf(s) !== typeOf(d)) out.push(`${key}: type SQL ${typeOf(s)} vs Drizzle ${typeOf(d)}`);
    if (s.is_nullable !== d.is_nullable) out.push(`${key}: nullable SQL ${s.is_nullable} vs Drizzle ${d.is_nullable}`);
    if (s.column_default !== d.column_default) out.push(`${key}: default SQL ${s.column_default} vs Drizzle ${d.column_default}`);
    if (s.is_identity !== d.is_identity || s.identity_generation !== d.identity_generation)
      out.push(`${key}: identity SQL ${s.identity_generation ?? 'no'} vs Drizzle ${d.identity_generation ?? 'no'}`);
    if (s.is_generated !== d.is_generated || s.generation_expression !== d.generation_expression)
      out.push(`${key}: generated SQL ${s.generation_expression ?? 'no'} vs Drizzle ${d.generation_expression ?? 'no'}`);
  }
  for (const key of dzCols.keys()) if (!sqlCols.has(key)) out.push(`${key}: in Drizzle, missing in SQL`);
  return out;
}
