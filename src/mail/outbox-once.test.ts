import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import type { OutboundMessage } from '../core/mail/compose.js';
import type { Db } from '../storage/db.js';
import { rowsOf } from '../storage/migrate.js';
import { claimDueOutbox, markOutboxHandedOver, type OutboxRow } from '../storage/outbox.queries.js';
import { deliverOutbox } from '../usecases/mail/deliver-outbox.js';
import { SILENT_LOG, type MailTransport } from '../usecases/mail/mail-deps.js';
import { queueEmail } from '../usecases/notifications/queue-email.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';

const DAY = 86_400_000;

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
}

/** Issue 14, item 4: mail is sent once in practice, after a worker crash and across clock jumps. */
describe.each(ENGINES)('outbox delivery after a crash and a clock jump, on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let seq = 0;
  const config = parseConfig({ NODE_ENV: 'test', SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_SECURE: 'false', MAIL_FROM: 'Support <support@desk.test>' });
  const sent: string[] = [];
  const transport: MailTransport = {
    send: async (m: OutboundMessage) => {
      sent.push(m.messageId);
      return { response: '250 queued' };
    },
    close: () => undefined,
  };
  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
  });
  afterAll(() => store.dispose());
  beforeEach(async () => {
    sent.length = 0;
    await db.execute(sql`UPDATE outbox_messages SET status = 'sent' WHERE status = 'pending'`);
  });

  const queue = async (clock: { now(): Date }, n: number) => {
    const rows: OutboxRow[] = [];
    for (let i = 0; i < n; i++) {
      const r = await queueEmail(db, clock.now(), {
        recipient: { kind: 'address', id: null, address: 'reader@customer.test', name: 'Reader', locale: 'en', timeZone: 'UTC' },
        template: 'test',
        rendered: { subject: `Message ${++seq}`, text: 'Body', html: '<p>Body</p>' },
        dedupeKey: `once:${engine}:${seq}`,
      });
      rows.push(r!);
    }
    return rows;
  };
  const idOf = (r: OutboxRow) => `<cd.${r.id}.none@desk.test>`;
  const deps = (clock: ReturnType<typeof manualClock>, settings = config.mail) => ({ db, clock, transport, log: SILENT_LOG, settings, random: () => 0.5 });
  const statuses = async (rows: OutboxRow[]) =>
    rowsOf<{ status: string }>(await db.execute(sql`SELECT status FROM outbox_messages WHERE id IN (${sql.join(rows.map((r) => sql`${r.id}::uuid`), sql`, `)})`)).map((r) => r.status);

  it('a worker killed mid-batch: its batch goes out within one short lease, not after 300 s (regression: the batch waited 5 minutes)', async () => {
    const clock = manualClock('2026-11-20T10:00:00Z');
    const rows = await queue(clock, 3);
    // The state a kill -9 leaves: the batch claimed with the configured lease, nothing recorded since.
    const claimed = await claimDueOutbox(db, clock.now(), 20, config.mail.delivery.leaseSeconds);
    expect(claimed).toHaveLength(3);
    clock.advance(31_000);
    const r = await deliverOutbox(deps(clock), { batch: 20 });
    expect(r.sent).toBe(3);
    expect(sent.sort()).toEqual(rows.map(idOf).sort());
  });

  it('marks a message handed over, committed, before the SMTP server has it', async () => {
    const clock = manualClock('2026-11-20T11:00:00Z');
    const [row] = await queue(clock, 1);
    let release!: () => void;
    const slow: MailTransport = {
      send: async (m) => {
        await new Promise<void>((r) => (release = r));
        return transport.send(m);
      },
      close: () => undefined,
    };
    const p = deliverOutbox({ ...deps(clock), transport: slow }, { batch: 20 });
    await until(() => release !== undefined);
    const [mark] = rowsOf<{ handed_over_at: string | null }>(await db.execute(sql`SELECT handed_over_at FROM outbox_messages WHERE id = ${row!.id}::uuid`));
    expect(mark!.handed_over_at).not.toBeNull();
    release();
    expect((await p).sent).toBe(1);
  });

  it('after a crash during the hand-over, only that message is sent again, once, with the same Message-ID', async () => {
    const clock = manualClock('2026-11-20T11:30:00Z');
    const rows = await queue(clock, 3);
    // What a worker killed while the server had the first message leaves behind.
    const claimed = await claimDueOutbox(db, clock.now(), 20, config.mail.delivery.leaseSeconds);
    await markOutboxHandedOver(db, claimed[0]!.id, clock.now(), claimed[0]!.leaseToken!);
    const warnings: string[] = [];
    clock.advance(31_000);
    const r = await deliverOutbox({ ...deps(clock), log: { ...SILENT_LOG, warn: (_o: object, m?: string) => warnings.push(m ?? '') } }, { batch: 20 });
    expect(r.sent).toBe(3);
    expect(sent.sort()).toEqual(rows.map(idOf).sort());
    expect(warnings).toEqual(['sending again a message whose hand-over was interrupted (same Message-ID)']);
  });

  it('a live worker keeps its lease while SMTP is slow: a second worker never takes its messages (heartbeat)', async () => {
    const clock = manualClock('2026-11-20T12:00:00Z');
    const rows = await queue(clock, 2);
    let release!: () => void;
    const slow: MailTransport = {
      send: async (m) => {
        if (sent.length === 0) await new Promise<void>((r) => (release = r));
        return transport.send(m);
      },
      close: () => undefined,
    };
    const settings = { ...config.mail, delivery: { ...config.mail.delivery, leaseSeconds: 1.5 } };
    const first = deliverOutbox({ ...deps(clock, settings), transport: slow }, { batch: 20 });
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 4; i++) {
      clock.advance(1_000); // past the lease in clock time, again and again …
      await new Promise((r) => setTimeout(r, 700)); // … while the heartbeat (every 0.5 s) renews it
      expect((await deliverOutbox(deps(clock, settings), { batch: 20 })).claimed).toBe(0);
    }
    release();
    await first;
    expect(sent.sort()).toEqual(rows.map(idOf).sort());
  });

  it('a clock jump past a live worker\'s lease: a second worker takes the batch, and the first sends none of it again but the message in hand (regression: the whole batch went out twice)', async () => {
    // Found by test/faults/worker-sweeps.test.ts: three workers, the clock moved 3.5 h forward while one was sending.
    const clock = manualClock('2026-11-20T12:30:00Z');
    const rows = await queue(clock, 4);
    let release!: () => void;
    const slow: MailTransport = {
      send: async (m) => {
        if (!release) await new Promise<void>((r) => (release = r));
        return transport.send(m);
      },
      close: () => undefined,
    };
    const first = deliverOutbox({ ...deps(clock), transport: slow }, { batch: 20 });
    await until(() => release !== undefined);
    clock.advance(3.5 * 3_600_000); // the lease (30 s) is over by the clock before the first worker's heartbeat renews it
    const second = await deliverOutbox(deps(clock), { batch: 20 });
    expect(second.sent).toBe(4);
    release();
    await first;
    const times = rows.map(idOf).map((id) => sent.filter((s) => s === id).length);
    // Only the message that was in the first worker's hand reached the server twice (the documented at-least-once case).
    expect(times.sort()).toEqual([1, 1, 1, 2]);
  });

  it('mail queued under a clock one day ahead goes out at once when the clock comes back (regression: it waited 24 h)', async () => {
    const ahead = manualClock(new Date(Date.parse('2026-11-20T13:00:00Z') + DAY));
    const rows = await queue(ahead, 3);
    // One of them was even claimed under the wrong clock by a worker that then died.
    await claimDueOutbox(db, ahead.now(), 1, config.mail.delivery.leaseSeconds);
    const back = manualClock('2026-11-20T13:00:05Z');
    const r = await deliverOutbox(deps(back), { batch: 20 });
    expect(r.sent).toBe(3);
    expect(await statuses(rows)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a retry scheduled within the backoff cap still waits for its time', async () => {
    const clock = manualClock('2026-11-20T14:00:00Z');
    const [row] = await queue(clock, 1);
    await db.execute(sql`UPDATE outbox_messages SET next_attempt_at = ${new Date(clock.now().getTime() + 600_000).toISOString()}::timestamptz WHERE id = ${row!.id}::uuid`);
    expect((await deliverOutbox(deps(clock), { batch: 20 })).claimed).toBe(0);
    clock.advance(600_000);
    expect((await deliverOutbox(deps(clock), { batch: 20 })).sent).toBe(1);
  });
});
