import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import { fileBlobStore, type BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/db.js';
import { inboundMessages, tickets } from '../storage/schema/index.js';
import { findTicketRow, listTicketMessages } from '../storage/tickets.queries.js';
import { ingestEmail } from '../usecases/mail/ingest-email.js';
import { SILENT_LOG } from '../usecases/mail/mail-deps.js';
import { startDovecot } from '../../test/support/dovecot.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { rawMail } from '../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { imapMailboxLabel, pollImapOnce, startImapPoller } from './imap-poller.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';
import { Scope } from '../core/scope.js';

const dovecot = await startDovecot();
if (!dovecot.ok) console.warn(`[skip] IMAP suite skipped: ${dovecot.reason}`);
afterAll(async () => {
  if (dovecot.ok) await dovecot.stop();
});

/** Sends a raw message to a listener as an SMTP client would. */
async function smtpSend(port: number, raw: Buffer, envelope = { from: 'sender@customer.test', to: ['support@desk.test'] }, auth?: { user: string; pass: string }) {
  const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, auth });
  try {
    return await client.sendMail({ envelope, raw });
  } finally {
    client.close();
  }
}

describe.each(ENGINES)('inbound SMTP listener on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let dir: string;
  let blobs: BlobStore;
  let w: TicketWorld;
  let smtp: InboundSmtp;
  const clock = manualClock('2026-11-20T10:00:00Z');
  let config: Config;
  const ticketCount = async () => Number((await db.select({ n: count() }).from(tickets))[0]!.n);

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    dir = mkdtempSync(join(tmpdir(), 'coverdesk-inbound-'));
    blobs = fileBlobStore(dir);
    w = await createTicketWorld({ db, clock });
    config = parseConfig({
      NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test',
      INBOUND_SMTP_PORT: '0', INBOUND_SMTP_MAX_MB: '0.1', INBOUND_SMTP_DOMAINS: 'desk.test',
      // One contact opens many tickets at one frozen instant: the per-sender loop budget (issue 14 item 5) is lifted.
      MAIL_LOOP_BURST: '1000',
      ...(dovecot.ok ? { IMAP_URL: `imap://127.0.0.1:${dovecot.port}/INBOX`, IMAP_USER: `support-${engine}`, IMAP_PASSWORD: dovecot.password } : {}),
    });
    smtp = (await startInboundSmtp({ db, clock, blobs, log: SILENT_LOG }, config))!;
  });
  afterAll(async () => {
    await smtp.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listener and poller are off unless INBOUND_SMTP_PORT / IMAP_URL are set', async () => {
    expect(await startInboundSmtp({ db, clock, blobs, log: SILENT_LOG }, parseConfig({ NODE_ENV: 'test' }))).toBeNull();
    expect(startImapPoller({ db, clock, blobs, log: SILENT_LOG }, parseConfig({ NODE_ENV: 'test' }))).toBeNull();
  });

  it('opens one ticket for a message delivered twice over SMTP', async () => {
    const raw = rawMail({ from: w.authorized.email, subject: 'Via SMTP' });
    const before = await ticketCount();
    const first = await smtpSend(smtp.port, raw);
    const second = await smtpSend(smtp.port, raw);
    expect(first.response).toMatch(/^250 /);
    expect(second.response).toContain('(duplicate)');
    expect(await ticketCount()).toBe(before + 1);
  });

  it('refuses oversized messages (552) and other domains (550); answers 451 when it cannot store, and the retry lands once', async () => {
    await expect(smtpSend(smtp.port, rawMail({ from: w.authorized.email, text: 'x'.repeat(200_000) }))).rejects.toMatchObject({ responseCode: 552 });
    await expect(smtpSend(smtp.port, rawMail({ from: w.authorized.email }), { from: 'a@b.test', to: ['someone@elsewhere.test'] })).rejects.toMatchObject({ responseCode: 550 });
    let fail = true;
    const flaky: BlobStore = { put: (b) => (fail ? Promise.reject(new Error('disk full')) : blobs.put(b)), get: (s) => blobs.get(s) };
    const listener = (await startInboundSmtp({ db, clock, blobs: flaky, log: SILENT_LOG }, config))!;
    const raw = rawMail({ from: w.authorized.email, subject: 'Retry me' });
    const before = await ticketCount();
    await expect(smtpSend(listener.port, raw)).rejects.toMatchObject({ responseCode: 451 });
    fail = false;
    expect((await smtpSend(listener.port, raw)).response).toMatch(/^250 /);
    expect(await ticketCount()).toBe(before + 1);
    await listener.close();
  });

  it('requires authentication when INBOUND_SMTP_USER is set', async () => {
    const cfg = parseConfig({ NODE_ENV: 'test', INBOUND_SMTP_PORT: '0', INBOUND_SMTP_USER: 'relay', INBOUND_SMTP_PASSWORD: 'relay-secret' });
    const listener = (await startInboundSmtp({ db, clock, blobs, log: SILENT_LOG }, cfg))!;
    const raw = rawMail({ from: w.authorized.email, subject: 'Authenticated' });
    await expect(smtpSend(listener.port, raw)).rejects.toMatchObject({ responseCode: 530 });
    await expect(smtpSend(listener.port, raw, undefined, { user: 'relay', pass: 'wrong' })).rejects.toMatchObject({ responseCode: 535 });
    expect((await smtpSend(listener.port, raw, undefined, { user: 'relay', pass: 'relay-secret' })).response).toMatch(/^250 /);
    await listener.close();
  });

  describe.skipIf(!dovecot.ok)('and the IMAP poller (dovecot)', () => {
    const imap = () => config.mail.imap!;
    const withImap = async <T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> => {
      const c = new ImapFlow({ host: '127.0.0.1', port: imap().port, secure: false, auth: { user: imap().user, pass: imap().pass }, logger: false });
      await c.connect();
      try {
        return await fn(c);
      } finally {
        await c.logout();
      }
    };
    const append = (raw: Buffer) => withImap((c) => c.append('INBOX', raw));
    const unseen = () => withImap(async (c) => {
      const lock = await c.getMailboxLock('INBOX');
      try {
        return (await c.search({ seen: false }, { uid: true })) || [];
      } finally {
        lock.release();
      }
    });
    const deps = () => ({ db, clock, blobs, log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: config.attachmentMaxBytes });

    it('the same message through SMTP and IMAP opens one ticket, and is marked \\Seen', async () => {
      const raw = rawMail({ from: w.authorized.email, subject: 'Both ways' });
      const before = await ticketCount();
      await smtpSend(smtp.port, raw);
      await append(raw);
      const r = await pollImapOnce(deps(), imap());
      expect(r).toEqual({ seen: 1, processed: 1, unparseable: 0, failed: 0 });
      expect(await ticketCount()).toBe(before + 1);
      expect(await unseen()).toEqual([]);
      expect((await pollImapOnce(deps(), imap())).seen).toBe(0);
      // And the other way round: IMAP first, then SMTP.
      const raw2 = rawMail({ from: w.authorized.email, subject: 'IMAP first' });
      await append(raw2);
      await pollImapOnce(deps(), imap());
      expect((await smtpSend(smtp.port, raw2)).response).toContain('(duplicate)');
      expect(await ticketCount()).toBe(before + 2);
      const rows = await db.select().from(inboundMessages).where(eq(inboundMessages.subject, 'IMAP first'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ mailbox: imapMailboxLabel(imap()), deliveries: 2, status: 'ticket_created' });
    });

    it('a poller that crashed after ingesting but before \\Seen does not act twice', async () => {
      const raw = rawMail({ from: w.authorized.email, subject: 'Crash in between' });
      await append(raw);
      await ingestEmail(deps(), { mailbox: imapMailboxLabel(imap()), raw });
      const before = await ticketCount();
      expect(await pollImapOnce(deps(), imap())).toEqual({ seen: 1, processed: 1, unparseable: 0, failed: 0 });
      expect(await ticketCount()).toBe(before);
      expect(await unseen()).toEqual([]);
    });

    it('a reply delivered through both SMTP and IMAP is added once', async () => {
      const opened = await ingestEmail(deps(), { mailbox: 'smtp', raw: rawMail({ from: w.authorized.email, subject: 'Thread' }) });
      const t = (await findTicketRow(db, Scope.system, opened.ticketId!))!;
      const reply = rawMail({ from: w.admin.email, to: `support+${t.replyToken}@desk.test`, subject: 'Re: Thread', text: 'One reply.' });
      await smtpSend(smtp.port, reply, { from: w.admin.email, to: [`support+${t.replyToken}@desk.test`] });
      await append(reply);
      await pollImapOnce(deps(), imap());
      const replies = (await listTicketMessages(db, t.id, { includeNotes: false })).filter((m) => m.kind === 'reply');
      expect(replies.map((m) => m.bodyText)).toEqual(['One reply.']);
    });
  });
});
