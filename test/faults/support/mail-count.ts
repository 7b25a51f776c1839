import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../src/storage/migrate.js';
import type { SinkMessage } from '../../support/smtp-sink.js';
import type { FaultDesk } from './desk.js';

export interface MailCount {
  /** Outbox rows by status. */
  statuses: Record<string, number>;
  /** Outbox rows whose message reached the SMTP server other than once if sent, never if not: row id → times. */
  notOnce: Map<string, number>;
  /** The same rows as the outbox has them, with the times (what a failing assertion shows). */
  details: Array<{ id: string; status: string; attempts: number; handedOverAt: string | null; lastError: string | null; times: number }>;
  /** DATA received whose Message-ID names no outbox row (should never happen). */
  strangers: number;
}

const ROW_OF = /^<cd\.([0-9a-f-]{36})\./;

/**
 * Every outbox row against what the loopback SMTP server received, by the
 * Message-ID (which names the row): a sent row must have reached it exactly
 * once, a row not sent never. The received list counts every complete DATA,
 * answered or not: an unanswered one may still reach the reader.
 */
export async function countMail(desk: FaultDesk, received: readonly SinkMessage[]): Promise<MailCount> {
  const rows = rowsOf<{ id: string; status: string; attempts: number; handed_over_at: string | null; last_error: string | null; template: string }>(
    await desk.storage.db.execute(sql`SELECT id::text, status, attempts, handed_over_at::text, last_error, template FROM outbox_messages`),
  );
  const times = new Map<string, number>();
  let strangers = 0;
  for (const m of received) {
    const id = ROW_OF.exec(m.messageId)?.[1];
    if (id) times.set(id, (times.get(id) ?? 0) + 1);
    else strangers++;
  }
  const statuses: Record<string, number> = {};
  const notOnce = new Map<string, number>();
  const known = new Set<string>();
  for (const r of rows) {
    known.add(r.id);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const n = times.get(r.id) ?? 0;
    if ((r.status === 'sent' && n !== 1) || (r.status !== 'sent' && n !== 0)) notOnce.set(r.id, n);
  }
  for (const id of times.keys()) if (!known.has(id)) strangers++;
  const details = rows
    .filter((r) => notOnce.has(r.id))
    .map((r) => ({ id: r.id, status: r.status, attempts: r.attempts, handedOverAt: r.handed_over_at, lastError: r.last_error, times: notOnce.get(r.id)! }));
  return { statuses, notOnce, strangers, details };
}
