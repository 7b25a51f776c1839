import { count } from 'drizzle-orm';
import type { Db } from '../../src/storage/db.js';
import { tickets } from '../../src/storage/schema/index.js';

/** Every ticket row (bench bookkeeping: what the run really stored). */
export async function countAllTickets(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(tickets);
  return Number(r?.n ?? 0);
}
