import { sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';

/**
 * Counts one hit in a fixed window shared by every process; returns the hits in
 * the current window and when it started. Atomic (one upsert).
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ hits: number; windowStart: Date }> {
  const t = now.toISOString();
  const rows = rowsOf<{ hits: number; window_start: string | Date }>(
    await db.execute(sql`
      INSERT INTO rate_limit_buckets (key, window_start, hits) VALUES (${key}, ${t}, 1)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN rate_limit_buckets.window_start <= ${t}::timestamptz - make_interval(secs => ${windowSeconds})
                    THEN 1 ELSE rate_limit_buckets.hits + 1 END,
        window_start = CASE WHEN rate_limit_buckets.window_start <= ${t}::timestamptz - make_interval(secs => ${windowSeconds})
                    THEN ${t}::timestamptz ELSE rate_limit_buckets.window_start END
      RETURNING hits, window_start`),
  );
  const r = rows[0]!;
  return { hits: r.hits, windowStart: new Date(r.window_start) };
}

/** Reads the hits in the current window without counting one. */
export async function peekRateLimit(db: Db, key: string, now: Date, windowSeconds: number): Promise<number> {
  const rows = rowsOf<{ hits: number; window_start: string | Date }>(
    await db.execute(sql`SELECT hits, window_start FROM rate_limit_buckets WHERE key = ${key}`),
  );
  const r = rows[0];
  if (!r) return 0;
  return new Date(r.window_start).getTime() > now.getTime() - windowSeconds * 1000 ? r.hits : 0;
}

/** The hits and start of the current window without counting one; null when none is open. */
export async function peekRateLimitWindow(db: Db, key: string, now: Date, windowSeconds: number): Promise<{ hits: number; windowStart: Date } | null> {
  const rows = rowsOf<{ hits: number; window_start: string | Date }>(
    await db.execute(sql`SELECT hits, window_start FROM rate_limit_buckets WHERE key = ${key}`),
  );
  const r = rows[0];
  if (!r) return null;
  const windowStart = new Date(r.window_start);
  return windowStart.getTime() > now.getTime() - windowSeconds * 1000 ? { hits: r.hits, windowStart } : null;
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_buckets WHERE key = ${key}`);
}
