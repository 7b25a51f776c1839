import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import { headerMap } from '../core/mail/automated.js';
import type { Db } from '../storage/db.js';
import { insertOutboxMessage, listOutboxRows, type OutboxRow } from '../storage/outbox.queries.js';
import { deliverOutbox } from '../usecases/mail/deliver-outbox.js';
import { SILENT_LOG, type MailTransport } from '../usecases/mail/mail-deps.js';
import { queueEmail } from '../usecases/notifications/queue-email.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { freePort, startSmtpSink, type SmtpSink } from '../../test/support/smtp-sink.js';
import { createSmtpTransport } from './smtp-transport.js';
import { findContactRowByEmail } from '../storage/contacts.queries.js';
import { contactActor } from '../core/actor.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { startMailWorker, stopMailWorker } from './mail-worker.js';

const T0 = '2026-11-20T10:00:00Z';
const HOUR = 3_600_000;

describe.each(ENGINES)('outbound mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  const clock = manualClock(T0);
  let port: number;
  let sink: SmtpSink | null = null;
  let transport: MailTransport;
  let config: ReturnType<typeof parseConfig>;
  let seq = 0;

  const queue = async (n: number, to = 'someone@customer.test') => {
    const rows: OutboxRow[] = [];
    for (let i = 0; i < n; i++) {
      const r = await queueEmail(db, clock.now(), {
        recipient: { kind: 'address', id: null, address: to, name: `Reader ${++seq}`, locale: 'en', timeZone: 'UTC' },
        template: 'test',
        rendered: { subject: `Message ${seq}`, text: `Body ${seq}`, html: `<p>Body ${seq}</p>` },
        dedupeKey: `test:${engine}:${seq}`,
      });
      rows.push(r!);
    }
    return rows;
  };
  const deps = () => ({ db, clock, transport, log: SILENT_LOG, settings: config.mail, random: () => 0.5 });
  const statusOf = async (ids: string[]) => {
    const { rows } = await listOutboxRows(db, {}, { limit: 200, offset: 0 });
    return rows.filter((r) => ids.includes(r.id));
  };
  /** Delivers until nothing is claimed, moving the clock past every backoff. */
  const drain = async () => {
    for (let i = 0; i < 20; i++) {
      const r = await deliverOutbox(deps(), { batch: 50 });
      if (r.claimed === 0) return;
      clock.advance(2 * HOUR);
    }
  };

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    port = await freePort();
    config = parseConfig({ NODE_ENV: 'test', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', MAIL_FROM: 'Coverdesk Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' });
    transport = createSmtpTransport(config.mail.smtp!);
  });
  afterAll(async () => {
    transport.close();
    await sink?.close();
    await store.dispose();
  });

  /** Delivery rounds at one instant until nothing is claimed (a round cut short by an unavailable server hands the rest back). */
  const rounds = async () => {
    const sum = { claimed: 0, sent: 0, retried: 0, failed: 0, rounds: 0 };
    for (;;) {
      const r = await deliverOutbox(deps(), { batch: 50 });
      if (r.claimed === 0) return sum;
      sum.rounds++;
      sum.sent += r.sent;
      sum.retried += r.retried;
      sum.failed += r.failed;
    }
  };

  it('SMTP down for a while (refused, 421, 451), then up: every message delivered once, none lost', async () => {
    const rows = await queue(12);
    const ids = rows.map((r) => r.id);
    // 1. Nothing listens: connection refused. Each round tries one message and hands the rest back;
    //    every message is tried once and retried with backoff (base 60 s, jitter fixed at ×1).
    expect(await rounds()).toMatchObject({ sent: 0, retried: 12, rounds: 12 });
    const after1 = await statusOf(ids);
    expect(after1.every((x) => x.status === 'pending' && x.attempts === 1 && x.nextAttemptAt.getTime() === clock.now().getTime() + 60_000)).toBe(true);
    expect(after1[0]!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    // Not due before the backoff runs out.
    clock.advance(59_000);
    expect((await deliverOutbox(deps(), { batch: 50 })).claimed).toBe(0);
    // 2. The server is up but refuses connections with 421.
    sink = await startSmtpSink(port);
    sink.mode.connect = 421;
    clock.advance(1_000);
    expect(await rounds()).toMatchObject({ sent: 0, retried: 12 });
    const after2 = await statusOf(ids);
    expect(after2[0]!.lastError).toContain('421');
    // Second failure: 120 s.
    expect(after2.every((x) => x.attempts === 2 && x.nextAttemptAt.getTime() === clock.now().getTime() + 120_000)).toBe(true);
    // 3. Greylisting: 451 on RCPT (the server answers, so the whole batch is tried in one round).
    sink.mode.connect = null;
    sink.mode.rcpt = 451;
    clock.advance(120_000);
    expect(await rounds()).toMatchObject({ sent: 0, retried: 12, rounds: 1 });
    // 4. Up: two workers at once; every message goes out exactly once.
    sink.mode.rcpt = null;
    clock.advance(240_000);
    const [a, b] = await Promise.all([deliverOutbox(deps(), { batch: 7 }), deliverOutbox(deps(), { batch: 7 })]);
    await drain();
    expect(a.sent + b.sent).toBeGreaterThan(0);
    const final = await statusOf(ids);
    expect(final.every((x) => x.status === 'sent' && x.lastError === null && x.attempts === 4)).toBe(true);
    const got = sink.accepted().map((m) => m.messageId);
    const expected = rows.map((x) => `<cd.${x.id}.none@desk.test>`);
    expect(got.filter((m) => expected.includes(m)).sort()).toEqual([...expected].sort());
    expect(new Set(got).size).toBe(got.length);
  });

  it('a permanent failure (550) is failed at once with the server answer; the others go out', async () => {
    sink!.mode.unknownUsers.add('nobody@customer.test');
    const [bad] = await queue(1, 'nobody@customer.test');
    const [good] = await queue(1);
    await deliverOutbox(deps(), { batch: 50 });
    const [b, g] = [(await statusOf([bad!.id]))[0]!, (await statusOf([good!.id]))[0]!];
    expect(b.status).toBe('failed');
    expect(b.attempts).toBe(1);
    expect(b.lastError).toContain('550');
    expect(b.lastError).toContain('User unknown');
    expect(g.status).toBe('sent');
  });

  it('an ambiguous failure (451 after the whole message) is retried with the same Message-ID', async () => {
    const [row] = await queue(1);
    sink!.mode.data = 451;
    await deliverOutbox(deps(), { batch: 50 });
    sink!.mode.data = null;
    clock.advance(HOUR);
    await deliverOutbox(deps(), { batch: 50 });
    const copies = sink!.received.filter((m) => m.messageId === `<cd.${row!.id}.none@desk.test>`);
    expect(copies.map((c) => c.accepted)).toEqual([false, true]);
    expect((await statusOf([row!.id]))[0]!.status).toBe('sent');
  });

  it('temporary failures past MAIL_RETRY_MAX_HOURS become failed, with the last answer', async () => {
    const [row] = await queue(1);
    sink!.mode.rcpt = 451;
    await deliverOutbox(deps(), { batch: 50 });
    clock.advance(49 * HOUR);
    await deliverOutbox(deps(), { batch: 50 });
    sink!.mode.rcpt = null;
    const s = (await statusOf([row!.id]))[0]!;
    expect(s.status).toBe('failed');
    expect(s.lastError).toMatch(/^Gave up after 2 attempts\. Last answer: .*451/);
  });

  it('delivers a ticket acknowledgement threaded by its reply token, to the stored address, marked automatic', async () => {
    const w = await createTicketWorld({ db, clock });
    const actor = contactActor((await findContactRowByEmail(db, w.authorized.email))!);
    const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: actor.id!, subject: 'Threaded', body: { text: 'x' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error('refused');
    await deliverOutbox(deps(), { batch: 50 });
    const token = r.ticket.replyToken;
    const m = sink!.accepted().find((x) => x.messageId.includes(token))!;
    expect(m.envelope.to).toEqual([w.authorized.email]);
    const p = await simpleParser(m.raw);
    expect(p.replyTo?.text).toBe(`support+${token}@desk.test`);
    expect(p.references).toBe(`<cd.ticket.${token}@desk.test>`);
    expect(p.inReplyTo).toBe(`<cd.ticket.${token}@desk.test>`);
    expect(p.headers.get('auto-submitted')).toBe('auto-replied');
    expect(p.subject).toBe(`[#${r.ticket.number}] Hemos recibido tu solicitud: Threaded`);
    expect(p.from?.value[0]).toMatchObject({ name: 'Coverdesk Support', address: 'support@desk.test' });
  });

  it('no SMTP configured: due messages are kept, not lost and not sent', async () => {
    const [row] = await queue(1);
    const r = await deliverOutbox({ ...deps(), transport: null }, { batch: 50 });
    expect(r.kept).toBeGreaterThanOrEqual(1);
    expect((await statusOf([row!.id]))[0]!.status).toBe('kept');
  });

  it('CR/LF in a stored subject, name or extra header never reaches the wire; the envelope is the stored address', async () => {
    const row = await insertOutboxMessage(db, {
      createdAt: clock.now(), template: 'test', locale: 'en', recipientKind: 'address', toAddress: 'reader@customer.test',
      toName: 'Eve\r\nX-Injected: name', subject: 'Hello\r\nBcc: victim@evil.test', textBody: 'x', htmlBody: '<p>x</p>',
      headers: { 'X-Note\r\nBcc': 'v\r\nBcc: victim2@evil.test', 'Reply-To': 'attacker@evil.test' }, nextAttemptAt: clock.now(),
    });
    await deliverOutbox(deps(), { batch: 50 });
    const m = sink!.accepted().find((x) => x.messageId === `<cd.${row!.id}.none@desk.test>`)!;
    expect(m.envelope.to).toEqual(['reader@customer.test']);
    const parsed = await simpleParser(m.raw);
    const h = headerMap(parsed.headerLines);
    expect(h.bcc).toBeUndefined();
    expect(h['x-injected']).toBeUndefined();
    expect(h['reply-to']).toBeUndefined();
    expect(parsed.subject).toBe('Hello Bcc: victim@evil.test');
    expect(Object.keys(h).every((k) => /^[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('a stopping worker finishes the message in hand, hands the rest back, and a restart sends each once', async () => {
    const rows = await queue(6);
    const ids = rows.map((r) => r.id);
    sink!.mode.delayMs = 150;
    const before = sink!.received.length;
    const cfg = { ...config, mail: { ...config.mail, delivery: { ...config.mail.delivery, batch: 6, intervalSeconds: 1 } } };
    startMailWorker({ db, clock, blobs: { put: async () => ({ sha256: '', size: 0 }), get: async () => Buffer.alloc(0) }, log: SILENT_LOG }, cfg);
    while (sink!.received.length === before) await new Promise((r) => setTimeout(r, 10));
    await stopMailWorker();
    sink!.mode.delayMs = 0;
    const mid = await statusOf(ids);
    const sentNow = mid.filter((x) => x.status === 'sent').length;
    expect(sentNow).toBeGreaterThanOrEqual(1);
    expect(sentNow).toBeLessThan(6);
    // Nothing is left claimed: the rest is due again at once, not after the lease.
    expect(mid.filter((x) => x.status === 'pending').every((x) => x.lockedUntil === null)).toBe(true);
    await deliverOutbox(deps(), { batch: 50 });
    expect((await statusOf(ids)).every((x) => x.status === 'sent')).toBe(true);
    const got = sink!.received.slice(before).map((m) => m.messageId);
    expect(got.sort()).toEqual(rows.map((x) => `<cd.${x.id}.none@desk.test>`).sort());
  });
});
