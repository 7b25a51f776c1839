import type { Db } from './db.js';

/**
 * A hot-path statement written as SQL text once, with a stable name.
 *
 * Why not the Drizzle builder: on the ticket-registration path Drizzle built
 * the same SQL text again on every call (~0.3 ms of CPU per statement here,
 * more than PostgreSQL spent running it). A named statement is parsed and
 * planned once per PostgreSQL connection and then only bound and executed
 * (node-postgres keeps the names per connection). PGlite runs the same text.
 * Only the few statements of the busiest paths are written this way
 * (docs/ARCHITECTURE.md, "Hot paths"); everything else uses the builder.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const names = new Set<string>();

/** Declares a named statement (names are unique per process; a clash is a programming error). */
export function prepared(name: string, text: string): PreparedStatement {
  if (names.has(name)) throw new Error(`Prepared statement name "${name}" is used twice.`);
  names.add(name);
  return { name, text };
}

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface PgliteQueryable {
  exec(text: string): Promise<unknown>;
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a named statement on the database or inside the caller's transaction
 * (a Drizzle transaction carries the connection it runs on). Rows come back
 * with the column names the SQL gives them (write `AS "camelCase"`).
 */
export async function runPrepared<Row>(db: Db, stmt: PreparedStatement, values: unknown[]): Promise<Row[]> {
  const client = (db as unknown as { session: { client: PgQueryable | PgliteQueryable } }).session.client;
  if ('exec' in client) return (await client.query(stmt.text, values)).rows as Row[];
  return (await client.query({ name: stmt.name, text: stmt.text, values })).rows as Row[];
}
