import pg from 'pg';

export interface CapturedQuery {
  /** The prepared statement's name, when it has one. */
  name: string | null;
  text: string;
  values: unknown[];
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Runs fn once and returns every SQL statement it sent through node-postgres: the statement
 * budget test counts them, the queue bench EXPLAINs the very same SQL.
 */
export async function captureQueries(fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const seen: CapturedQuery[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [cfg, vals] = args as [string | { name?: string; text: string; values?: unknown[] }, unknown[] | undefined];
    if (typeof cfg === 'string') seen.push({ name: null, text: cfg, values: Array.isArray(vals) ? vals : [] });
    else if (cfg && typeof cfg.text === 'string') seen.push({ name: cfg.name ?? null, text: cfg.text, values: cfg.values ?? (Array.isArray(vals) ? vals : []) });
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, as text. */
export async function explainAnalyze(client: pg.Client, q: CapturedQuery): Promise<string> {
  const r = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
  return [q.text.replace(/\s+/g, ' '), ...r.rows.map((row) => row['QUERY PLAN'])].join('\n');
}
