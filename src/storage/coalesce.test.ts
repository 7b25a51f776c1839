import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, type TestStorage } from '../../test/support/engines.js';
import { coalesce } from './coalesce.js';
import type { Db } from './db.js';

/** A fake statement: records each call's items; fails a call that contains a "bad" item. */
function recorder(opts: { delayMs?: number } = {}) {
  const calls: number[][] = [];
  let running = 0;
  let maxRunning = 0;
  const runMany = async (_db: Db, items: number[]) => {
    calls.push([...items]);
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((r) => setTimeout(r, opts.delayMs ?? 5));
    running--;
    if (items.includes(-1)) throw new Error('bad item');
    return items.map((i) => i * 10);
  };
  return { calls, runMany, maxRunning: () => maxRunning };
}

describe('coalesce: concurrent calls share one statement (storage hot paths)', () => {
  let s: TestStorage;
  let db: Db;
  beforeAll(async () => {
    s = await createTestStorage('pglite', { migrated: false });
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  it('merges calls made in the same turn into one statement and answers each in order', async () => {
    const r = recorder();
    const call = coalesce(r.runMany);
    const out = await Promise.all([1, 2, 3, 4, 5].map((i) => call(db, i)));
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(r.calls).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('runs a lone call at once, and queues calls that arrive while statements are running into the next one', async () => {
    const r = recorder({ delayMs: 20 });
    const call = coalesce(r.runMany, { maxInFlight: 1 });
    const first = call(db, 1);
    await new Promise((res) => setTimeout(res, 5)); // the first statement is running now
    const later = [2, 3, 4].map((i) => call(db, i));
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(r.calls).toEqual([[1], [2, 3, 4]]);
  });

  it('never runs more than maxInFlight statements at once, and caps a statement at maxBatch calls', async () => {
    const r = recorder({ delayMs: 10 });
    const call = coalesce(r.runMany, { maxInFlight: 2, maxBatch: 3 });
    const out = await Promise.all(Array.from({ length: 10 }, (_, i) => call(db, i + 1)));
    expect(out).toEqual(Array.from({ length: 10 }, (_, i) => (i + 1) * 10));
    expect(r.maxRunning()).toBeLessThanOrEqual(2);
    expect(Math.max(...r.calls.map((c) => c.length))).toBeLessThanOrEqual(3);
    expect(r.calls.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('retries each call of a failed statement alone: only the bad call fails', async () => {
    const r = recorder();
    const call = coalesce(r.runMany);
    const results = await Promise.allSettled([1, -1, 3].map((i) => call(db, i)));
    expect(results.map((x) => x.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ value: 10 });
    expect(results[2]).toMatchObject({ value: 30 });
    expect(r.calls).toEqual([[1, -1, 3], [1], [-1], [3]]);
  });

  it('merges nothing inside a transaction: each call runs alone on the transaction', async () => {
    const r = recorder();
    const call = coalesce(r.runMany);
    const out = await db.transaction(async (tx) => Promise.all([1, 2, 3].map((i) => call(tx as unknown as Db, i))));
    expect(out).toEqual([10, 20, 30]);
    expect(r.calls).toEqual([[1], [2], [3]]);
  });

  it('keeps databases apart: calls on two databases never share a statement', async () => {
    const other = await createTestStorage('pglite', { migrated: false });
    try {
      const seen: Array<{ db: Db; items: number[] }> = [];
      const call = coalesce(async (d: Db, items: number[]) => {
        seen.push({ db: d, items });
        return items;
      });
      await Promise.all([call(db, 1), call(other.storage.db, 2), call(db, 3)]);
      expect(seen).toHaveLength(2);
      expect(seen.find((x) => x.db === db)!.items).toEqual([1, 3]);
      expect(seen.find((x) => x.db === other.storage.db)!.items).toEqual([2]);
    } finally {
      await other.dispose();
    }
  });
});
