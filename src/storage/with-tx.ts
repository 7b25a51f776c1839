import type { Db } from './db.js';

/**
 * Runs fn in a transaction (a savepoint when db is already one), with the
 * transaction typed as Db: Drizzle's transaction type differs from the
 * database type only in its generics, so the cast lives here, once.
 */
export function withTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((txn) => fn(txn as unknown as Db));
}
