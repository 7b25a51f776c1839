import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/storage/migrate.js';
import type { OutboxRow } from '../../src/storage/outbox.queries.js';
import { queueEmail } from '../../src/usecases/notifications/queue-email.js';
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../support/smtp-sink.js';
import { createFaultClock, type FaultClock } from './support/clock.js';
import { startFaultDesk, type FaultDesk } from './support/desk.js';
import { HAVE_POSTGRES_BIN } from './support/own-postgres.js';
import { countLogs, until, type Proc } from './support/processes.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/**
 * Issue 14 item 7: outbound SMTP faults against a real `coverdesk worker`
 * delivering to a real SMTP server on loopback (smtp-server): 4xx, 5xx, the
 * server down, and drop-after-DATA (the server takes the whole message, then
 * closes the connection without answering). The worker's clock is the suite's,
 * so every retry happens when the test moves it past the backoff. Exact counts
 * of what reached the server, by Message-ID.
 */
describe.skipIf(!HAVE_POSTGRES_BIN)('outbound SMTP faults (real worker, SMTP on loopback, own cluster)', () => {
  let desk: FaultDesk;
  let clock: FaultClock;
  let sink: SmtpSink;
  let worker: Proc;
  let seq = 0;
  /** Every DATA the suite's SMTP servers received (one is closed and reopened). */
  const received: SinkMessage[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    clock = createFaultClock('2026-11-20T10:00:00Z');
    desk = await startFaultDesk({
      clock,
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_SECURE: 'false', MAIL_FROM: 'Support <support@desk.test>', MAIL_DELIVERY_INTERVAL_SECONDS: '1' },
    });
    worker = desk.spawn('worker', { LOG_LEVEL: 'info' });
    await until('the mail worker', () => countLogs(worker.output(), 'mail worker started') > 0, 120_000);
  }, 300_000);
  afterAll(async () => {
    await desk?.close();
    await sink?.close();
  });

  const queue = async (n: number, to = 'reader@customer.test') => {
    const rows: OutboxRow[] = [];
    for (let i = 0; i < n; i++) {
      const r = await queueEmail(desk.storage.db, clock.now(), {
        recipient: { kind: 'address', id: null, address: to, name: 'Reader', locale: 'en', timeZone: 'UTC' },
        template: 'test',
        rendered: { subject: `Message ${++seq}`, text: 'Body', html: '<p>Body</p>' },
        dedupeKey: `smtp-fault:${seq}`,
      });
      rows.push(r!);
    }
    return rows.map((r) => r.id);
  };
  const state = async (ids: string[]) =>
    rowsOf<Row>(await desk.storage.db.execute(sql`SELECT id::text, status, attempts, last_error FROM outbox_messages WHERE id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) ORDER BY created_at, id`));
  const when = (what: string, ids: string[], ok: (r: Row) => boolean) => until(what, async () => (await state(ids)).every(ok), 60_000);
  /** The DATA received for each row, in order: [accepted?, Message-ID]. */
  const arrivals = (ids: string[]) => ids.map((id) => [...received, ...sink.received].filter((m) => m.messageId.includes(`.${id}.`)));
  /** Lets the worker run a few delivery rounds (1 s apart) at the current instant. */
  const rounds = () => new Promise((r) => setTimeout(r, 3_500));

  it('4xx after DATA: retried after its backoff with the same Message-ID, then sent once', async () => {
    sink.mode.data = 451;
    const ids = await queue(4);
    await when('each refused once', ids, (r) => r.attempts === 1 && r.status === 'pending' && /451/.test(r.last_error ?? ''));
    await rounds();
    expect((await state(ids)).map((r) => r.attempts)).toEqual([1, 1, 1, 1]); // not before its backoff
    sink.mode.data = null;
    clock.advance(2 * MINUTE); // past the first backoff (60 s ± 20 %)
    await when('each sent', ids, (r) => r.status === 'sent');
    const got = arrivals(ids);
    expect(got.map((a) => a.map((m) => m.accepted))).toEqual(Array(4).fill([false, true]));
    for (const a of got) expect(a[1]!.messageId).toBe(a[0]!.messageId);
  });

  it('5xx: failed at once with the server’s answer and never retried; the rest of the round is sent', async () => {
    sink.mode.unknownUsers.add('gone@customer.test');
    const gone = await queue(2, 'gone@customer.test');
    const ok = await queue(2);
    await when('the refused ones failed', gone, (r) => r.status === 'failed' && r.attempts === 1 && /550/.test(r.last_error ?? ''));
    await when('the others sent', ok, (r) => r.status === 'sent');
    clock.advance(2 * HOUR);
    await rounds();
    expect((await state(gone)).map((r) => [r.status, r.attempts])).toEqual([['failed', 1], ['failed', 1]]);
    expect(arrivals(gone).flat()).toHaveLength(0); // refused at RCPT: nothing reached the reader
    expect(arrivals(ok).map((a) => a.length)).toEqual([1, 1]);
  });

  it('server down: each message tried once per backoff, none lost; all sent once when it is back', async () => {
    const port = sink.port;
    received.push(...sink.received);
    await sink.close();
    const ids = await queue(5);
    await when('each tried', ids, (r) => r.attempts === 1 && r.status === 'pending' && /ECONNREFUSED|ECONNECTION/.test(r.last_error ?? ''));
    await rounds();
    expect((await state(ids)).map((r) => r.attempts)).toEqual([1, 1, 1, 1, 1]); // an unavailable server is not hammered
    expect(worker.alive()).toBe(true);
    sink = await startSmtpSink(port);
    clock.advance(2 * MINUTE);
    await when('each sent', ids, (r) => r.status === 'sent' && r.attempts === 2);
    expect(arrivals(ids).map((a) => a.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('drop after DATA: the message in doubt is sent again with its Message-ID (the measured duplicate: one per drop); nothing lost', async () => {
    sink.mode.dropAfterData = true;
    const ids = await queue(3);
    await when('each tried', ids, (r) => r.attempts === 1 && r.status === 'pending');
    await rounds();
    sink.mode.dropAfterData = false;
    clock.advance(2 * MINUTE);
    await when('each sent', ids, (r) => r.status === 'sent' && r.attempts === 2);
    const got = arrivals(ids);
    // Each message reached the server twice: once taken and left unanswered, once accepted; one Message-ID.
    expect(got.map((a) => a.map((m) => m.accepted))).toEqual(Array(3).fill([false, true]));
    for (const a of got) expect(a[1]!.messageId).toBe(a[0]!.messageId);
    const errors = (await state(ids)).map((r) => r.last_error);
    expect(errors).toEqual([null, null, null]);
  });

  it('a temporary failure that lasts past MAIL_RETRY_MAX_HOURS (48 h): failed for good, with the last answer', async () => {
    sink.mode.rcpt = 451;
    const ids = await queue(1);
    await when('refused once', ids, (r) => r.attempts === 1 && r.status === 'pending');
    clock.advance(49 * HOUR);
    await when('failed for good', ids, (r) => r.status === 'failed');
    const [r] = await state(ids);
    expect(r!.last_error).toMatch(/^Gave up after 2 attempts\. Last answer: .*451/);
    sink.mode.rcpt = null;
    expect(worker.alive()).toBe(true);
    expect(worker.output()).not.toContain('outbox delivery round failed');
  });
});
