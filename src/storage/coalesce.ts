import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './db.js';

/**
 * Group commit for the busiest statements (docs/ARCHITECTURE.md "Hot paths").
 *
 * Measured here (bench/tickets/insert-rows.ts): an INSERT of one ticket took
 * ~1.2 ms, of four the same, and each row beyond added ~0.1 ms; the rest is
 * the statement (bind, executor start-up over 16 indexes, commit, both sides'
 * socket work). So calls that arrive while earlier
 * ones are running are merged: one statement, over arrays, serves all of them
 * (the DataLoader pattern for reads, group commit for writes).
 *
 * - A lone call runs at once (after the current turn of the event loop, so
 *   calls made in the same turn share it): no added delay when idle.
 * - At most `maxInFlight` statements run at a time per database; the rest
 *   queue and go together in the next one (at most `maxBatch` items).
 * - If a merged statement fails, each of its calls is retried alone, so one
 *   bad call fails by itself and never takes the others with it.
 * - Inside a transaction nothing is merged: the call runs on the
 *   transaction's connection, in its order.
 */
export interface CoalesceOptions {
  maxBatch?: number;
  maxInFlight?: number;
}

type RunMany<I, O> = (db: Db, items: I[]) => Promise<O[]>;

interface Pending<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}

interface Lane<I, O> {
  queue: Array<Pending<I, O>>;
  inFlight: number;
  scheduled: boolean;
}

/** Wraps `runMany` (one statement for many items, results in the items' order) as a per-item call. */
export function coalesce<I, O>(runMany: RunMany<I, O>, opts: CoalesceOptions = {}): (db: Db, item: I) => Promise<O> {
  const maxBatch = opts.maxBatch ?? 64;
  const maxInFlight = opts.maxInFlight ?? 2;
  const lanes = new WeakMap<Db, Lane<I, O>>();

  const runAlone = async (db: Db, p: Pending<I, O>) => {
    try {
      const [o] = await runMany(db, [p.item]);
      p.resolve(o as O);
    } catch (e) {
      p.reject(e);
    }
  };

  const run = async (db: Db, batch: Array<Pending<I, O>>) => {
    try {
      const out = await runMany(db, batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(out[i] as O));
    } catch (e) {
      if (batch.length === 1) batch[0]!.reject(e);
      else await Promise.all(batch.map((p) => runAlone(db, p)));
    }
  };

  const flush = (db: Db, lane: Lane<I, O>) => {
    lane.scheduled = false;
    while (lane.inFlight < maxInFlight && lane.queue.length > 0) {
      const batch = lane.queue.splice(0, maxBatch);
      lane.inFlight++;
      void run(db, batch).finally(() => {
        lane.inFlight--;
        schedule(db, lane);
      });
    }
  };

  const schedule = (db: Db, lane: Lane<I, O>) => {
    if (lane.scheduled || lane.queue.length === 0 || lane.inFlight >= maxInFlight) return;
    lane.scheduled = true;
    setImmediate(flush, db, lane);
  };

  return (db, item) => {
    if (inTransaction(db)) return runMany(db, [item]).then((out) => out[0] as O);
    let lane = lanes.get(db);
    if (!lane) {
      lane = { queue: [], inFlight: 0, scheduled: false };
      lanes.set(db, lane);
    }
    const l = lane;
    return new Promise<O>((resolve, reject) => {
      l.queue.push({ item, resolve, reject });
      schedule(db, l);
    });
  };
}

function inTransaction(db: Db): boolean {
  return (db as unknown) instanceof PgTransaction;
}
