import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, desc, eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import { fileBlobStore, type BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/db.js';
import { inboundMessages, tickets, type InboundStatus } from '../storage/schema/index.js';
import { findTicketRow, listTicketMessages, type TicketRow } from '../storage/tickets.queries.js';
import { changeTicketStatus } from '../usecases/tickets/change-ticket-status.js';
import { ingestEmail, type IngestDeps } from '../usecases/mail/ingest-email.js';
import { SILENT_LOG } from '../usecases/mail/mail-deps.js';
import { startDovecot } from '../../test/support/dovecot.js';
import { emlFixture } from '../../test/support/eml-fixtures.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { hugeHeaderMail, manyHeadersMail, nestedHtmlMail, nestedMultipartMail } from '../../test/support/hostile-mail.js';
import { rawMail, uniqueMessageId } from '../../test/support/mail-fixtures.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../test/support/ticket-world.js';
import { imapMailboxLabel, pollImapOnce } from './imap-poller.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';
import { createParsePool, type ParsePool } from './parse-pool.js';
import { Scope } from '../core/scope.js';

const dovecot = await startDovecot();
if (!dovecot.ok) console.warn(`[skip] IMAP half of the hostile-mail corpus skipped: ${dovecot.reason}`);
afterAll(async () => {
  if (dovecot.ok) await dovecot.stop();
});

/** What the world looks like to a case: the customer's contacts, another customer's, an open and a closed ticket opened by mail. */
interface Ctx {
  w: TicketWorld;
  other: TicketWorld;
  open: { ticket: TicketRow; openingMessageId: string };
  closed: { ticket: TicketRow; openingMessageId: string };
}

interface Case {
  name: string;
  build(c: Ctx): Buffer;
  /** SMTP answer class; IMAP always ends \Seen (nothing is left to be read again). */
  smtp: 250 | 554;
  status: InboundStatus;
  reason?: string | null;
  /** New tickets, and new replies on the open ticket. */
  tickets: number;
  replies?: number;
  /** Delivered this many times over SMTP (duplicates act once). */
  deliveries?: number;
  check?(row: typeof inboundMessages.$inferSelect, c: Ctx, db: Db): Promise<void> | void;
}

const forged = (name: string, vars: Record<string, string | number>) => emlFixture(name, { messageId: uniqueMessageId('forged'), subject: 'Printer on fire', ...vars });

/**
 * The hostile-mail corpus (issue 13): forged replies by every threading path
 * (test/fixtures/mail/*.eml), nested HTML, malformed MIME, huge headers,
 * encoded-word tricks and duplicate Message-IDs, each with its exact outcome.
 * Default settings (no MAIL_AUTHSERV_ID): the forged mail has no proof.
 */
const CASES: Case[] = [
  { name: 'forged reply by In-Reply-To/References', build: (c) => forged('forged-reply-references', { from: c.w.authorized.email, openingMessageId: c.open.openingMessageId }), smtp: 250, status: 'refused', reason: 'REPLY_NOT_PROVEN', tickets: 0, replies: 0 },
  { name: 'forged reply by [#number] in the subject', build: (c) => forged('forged-reply-subject-tag', { from: c.w.admin.email, number: c.open.ticket.number }), smtp: 250, status: 'refused', reason: 'REPLY_NOT_PROVEN', tickets: 0, replies: 0 },
  { name: 'forged approval by References', build: (c) => forged('forged-approval', { from: c.w.admin.email, openingMessageId: c.open.openingMessageId }), smtp: 250, status: 'refused', reason: 'REPLY_NOT_PROVEN', tickets: 0, replies: 0 },
  { name: 'forged follow-up of a closed ticket', build: (c) => forged('forged-followup-closed', { from: c.w.authorized.email, openingMessageId: c.closed.openingMessageId }), smtp: 250, status: 'refused', reason: 'REPLY_NOT_PROVEN', tickets: 0, replies: 0 },
  {
    name: "another customer's ticket number reads as no number", build: (c) => forged('foreign-ticket-number', { from: c.other.authorized.email, number: c.open.ticket.number }), smtp: 250, status: 'ticket_created', tickets: 1, replies: 0,
    check: async (row, c, db) => expect((await findTicketRow(db, Scope.system, row.ticketId!))!.customerId).toBe(c.other.customerId),
  },
  { name: 'genuine reply by the reply token (control)', build: (c) => rawMail({ from: c.w.authorized.email, to: `support+${c.open.ticket.replyToken}@desk.test`, subject: 'Re: Printer on fire', text: 'Still broken.' }), smtp: 250, status: 'reply_added', tickets: 0, replies: 1 },
  { name: 'nested HTML, 200 KB of <div><b><i>', build: (c) => nestedHtmlMail(c.w.authorized.email, 200_000), smtp: 250, status: 'ticket_created', tickets: 1 },
  { name: 'malformed MIME: 20 000 nested multiparts', build: (c) => nestedMultipartMail(c.w.authorized.email, 20_000), smtp: 554, status: 'unparseable', reason: 'malformed', tickets: 0 },
  {
    name: 'malformed MIME: multipart never closed, broken base64', build: (c) => emlFixture('truncated-multipart', { from: c.w.authorized.email, messageId: uniqueMessageId('trunc') }), smtp: 250, status: 'ticket_created', tickets: 1,
    check: async (row, _c, db) => expect((await findTicketRow(db, Scope.system, row.ticketId!))!.bodyText).toContain('The text part is fine.'),
  },
  { name: 'huge header (3 MB line), delivered twice', build: (c) => hugeHeaderMail(c.w.authorized.email, 3_000_000), smtp: 554, status: 'unparseable', reason: 'malformed', tickets: 0, deliveries: 2 },
  { name: '200 000 header lines', build: (c) => manyHeadersMail(c.w.authorized.email, 200_000), smtp: 554, status: 'unparseable', reason: 'malformed', tickets: 0 },
  {
    name: 'encoded word hiding CR/LF and a Bcc in the subject', build: (c) => emlFixture('encoded-word-header-injection', { from: c.w.authorized.email, messageId: uniqueMessageId('ew') }), smtp: 250, status: 'ticket_created', tickets: 1,
    check: async (row, _c, db) => {
      const subject = (await findTicketRow(db, Scope.system, row.ticketId!))!.subject;
      expect(subject).not.toMatch(/[\r\n]/);
      expect(subject.startsWith('Printer down')).toBe(true);
    },
  },
  {
    name: "encoded display name that is a contact's address", build: (c) => emlFixture('encoded-word-spoofed-name', { from: 'stranger@evil.test', contact: c.w.admin.email, messageId: uniqueMessageId('ew') }), smtp: 250, status: 'refused', reason: 'UNKNOWN_SENDER', tickets: 0,
    check: (row) => expect(row.fromAddress).toBe('stranger@evil.test'),
  },
  {
    // RFC 2047: an encoded word is never an address. Read as one, it opened a ticket in the administrator's name.
    name: 'an address only inside an encoded word is no address', build: (c) => emlFixture('encoded-word-address-only', { contact: c.w.admin.email, messageId: uniqueMessageId('ew') }), smtp: 250, status: 'refused', reason: 'UNKNOWN_SENDER', tickets: 0,
    check: (row) => expect(row.fromAddress).toBe(''),
  },
  { name: 'the same Message-ID delivered twice acts once', build: (c) => rawMail({ from: c.w.authorized.email, subject: 'Twice' }), smtp: 250, status: 'ticket_created', tickets: 1, deliveries: 2 },
];

describe.each(ENGINES)('hostile-mail corpus on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let dir: string;
  let blobs: BlobStore;
  let smtp: InboundSmtp;
  let pool: ParsePool;
  let config: Config;
  let ctx: Ctx;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const ticketCount = async () => Number((await db.select({ n: count() }).from(tickets))[0]!.n);
  const replies = async (ticketId: string) => (await listTicketMessages(db, ticketId, { includeNotes: false })).filter((m) => m.kind === 'reply').length;
  const deps = (): IngestDeps => ({ db, clock, blobs, log: SILENT_LOG, parse: pool.parse, settings: config.mail, attachmentMaxBytes: config.attachmentMaxBytes });
  const openByMail = async (w: TicketWorld, subject: string) => {
    const openingMessageId = uniqueMessageId('open');
    const r = await ingestEmail(deps(), { mailbox: 'smtp', raw: rawMail({ from: w.authorized.email, subject, messageId: openingMessageId }) });
    return { ticket: (await findTicketRow(db, Scope.system, r.ticketId!))!, openingMessageId };
  };

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    dir = mkdtempSync(join(tmpdir(), 'coverdesk-corpus-'));
    blobs = fileBlobStore(dir);
    config = parseConfig({
      NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test', INBOUND_SMTP_PORT: '0', INBOUND_SMTP_MAX_MB: '8', MAIL_PARSE_WORKERS: '1',
      ...(dovecot.ok ? { IMAP_URL: `imap://127.0.0.1:${dovecot.port}/INBOX`, IMAP_USER: `corpus-${engine}`, IMAP_PASSWORD: dovecot.password } : {}),
    });
    pool = createParsePool(config.mail.parse);
    smtp = (await startInboundSmtp({ db, clock, blobs, log: SILENT_LOG, parse: pool.parse }, config))!;
    const w = await createTicketWorld({ db, clock });
    const other = await createTicketWorld({ db, clock }, { withSeverities: false });
    const open = await openByMail(w, 'Printer on fire');
    const closed = await openByMail(w, 'Closed one');
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: closed.ticket.id, status: 'solved' });
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: closed.ticket.id, status: 'closed' });
    ctx = { w, other, open, closed };
  });
  afterAll(async () => {
    await smtp.close();
    await pool.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs one case, through `deliver`, and checks its exact outcome on the message's inbound row. */
  const run = async (c: Case, deliver: (raw: Buffer) => Promise<void>, findRow: () => Promise<typeof inboundMessages.$inferSelect | undefined>) => {
    clock.advance(10 * 60_000); // outside the previous case's per-sender burst window
    const raw = c.build(ctx);
    const [ticketsBefore, repliesBefore] = [await ticketCount(), await replies(ctx.open.ticket.id)];
    await deliver(raw);
    const row = await findRow();
    expect(row, c.name).toBeDefined();
    expect(row!.status, c.name).toBe(c.status);
    if (c.reason !== undefined) expect(row!.reason, c.name).toBe(c.reason);
    expect(await ticketCount(), c.name).toBe(ticketsBefore + c.tickets);
    if (c.replies !== undefined) expect(await replies(ctx.open.ticket.id), c.name).toBe(repliesBefore + c.replies);
    await c.check?.(row!, ctx, db);
    return row!;
  };

  it.each(CASES.map((c) => [c.name, c] as const))('over the real SMTP listener: %s', async (_name, c) => {
    const answers: string[] = [];
    const send = async (raw: Buffer) => {
      const client = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
      try {
        answers.push((await client.sendMail({ envelope: { from: 'sender@customer.test', to: ['support@desk.test'] }, raw })).response);
      } catch (e) {
        answers.push((e as { response?: string }).response ?? String(e));
      } finally {
        client.close();
      }
    };
    const deliveries = c.deliveries ?? 1;
    const row = await run(
      c,
      async (raw) => {
        for (let i = 0; i < deliveries; i++) await send(raw);
      },
      async () => {
        const id = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(answers[0] ?? '')?.[1];
        return id ? (await db.select().from(inboundMessages).where(eq(inboundMessages.id, id)))[0] : undefined;
      },
    );
    // Every answer is final (250 or 5xx): nothing is left for the sending server to retry.
    expect(answers.map((a) => Number(a.slice(0, 3)))).toEqual(Array(deliveries).fill(c.smtp));
    if (deliveries > 1) expect(answers[1]).toMatch(c.smtp === 250 ? /\(duplicate\)/ : /^554 /);
    expect(row.deliveries).toBe(deliveries);
  });

  describe.skipIf(!dovecot.ok)('through IMAP (dovecot)', () => {
    const withImap = async <T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> => {
      const s = config.mail.imap!;
      const client = new ImapFlow({ host: '127.0.0.1', port: s.port, secure: false, auth: { user: s.user, pass: s.pass }, logger: false });
      await client.connect();
      try {
        return await fn(client);
      } finally {
        await client.logout();
      }
    };

    it.each(CASES.map((c) => [c.name, c] as const))('%s, then \\Seen and never read again', async (_name, c) => {
      const s = config.mail.imap!;
      await run(
        c,
        async (raw) => {
          await withImap((client) => client.append('INBOX', raw));
          const poll = await pollImapOnce(deps(), s);
          expect(poll).toMatchObject({ seen: 1, failed: 0 });
        },
        async () => (await db.select().from(inboundMessages).where(eq(inboundMessages.mailbox, imapMailboxLabel(s))).orderBy(desc(inboundMessages.lastDeliveryAt)).limit(1))[0],
      );
      expect((await pollImapOnce(deps(), s)).seen).toBe(0);
    });
  });
});
