import pg from 'pg';

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

type QueryFn = (...args: unknown[]) => unknown;

/** Runs fn once and returns every SQL statement it sent through node-postgres (so EXPLAIN sees the very same SQL). */
export async function captureQueries(fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const seen: CapturedQuery[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [cfg, vals] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    if (typeof cfg === 'string') seen.push({ text: cfg, values: Array.isArray(vals) ? vals : [] });
    else if (cfg && typeof cfg.text === 'string') seen.push({ text: cfg.text, values: cfg.values ?? (Array.isArray(vals) ? vals : []) });
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
