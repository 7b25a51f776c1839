import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { fileBlobStore, type BlobStore } from '../../storage/blob-store.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { listOutboxRows } from '../../storage/outbox.queries.js';
import { attachments, inboundMessages, outboxMessages, tickets } from '../../storage/schema/index.js';
import { findTicketRow, listTicketMessages } from '../../storage/tickets.queries.js';
import { findUnentitledRow } from '../../storage/unentitled.queries.js';
import { getTicket } from '../tickets/get-ticket.js';
import { changeTicketStatus } from '../tickets/change-ticket-status.js';
import { changeTicketCategory } from '../tickets/change-ticket-category.js';
import { createEstimate } from '../billing/create-estimate.js';
import { sendEstimate } from '../billing/send-estimate.js';
import { listTicketEstimates } from '../../storage/billing-estimates.queries.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { encodedWord, rawMail, uniqueMessageId } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { contactActor } from '../../core/actor.js';
import { ingestEmail, type IngestDeps } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import { Scope } from '../../core/scope.js';

const PDF = Buffer.from('%PDF-1.4 test');
const EXE = Buffer.from('MZ not allowed');

describe.each(ENGINES)('inbound mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let blobs: BlobStore;
  let w: TicketWorld;
  let other: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  // One contact opens many tickets at one frozen instant here: the per-sender budgets (ingest-trust.test.ts) are lifted.
  const config = parseConfig({
    NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test',
    MAIL_LOOP_BURST: '1000', MAIL_SENDER_TICKETS_PER_HOUR: '1000', MAIL_SENDER_ACKS_PER_HOUR: '1000',
  });
  const deps = (): IngestDeps => ({ db, clock, blobs, log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 });
  const ingest = (raw: Buffer, mailbox = 'smtp', envelope?: { from?: string | null; to?: string[] }) => ingestEmail(deps(), { mailbox, raw, envelope });
  const n = async (table: typeof tickets | typeof outboxMessages | typeof attachments) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  const outboxFor = async (ticketId: string) => (await listOutboxRows(db, { ticketId }, { limit: 50, offset: 0 })).rows;
  /** A ticket opened by mail from the authorized contact, with its acknowledgement. */
  const openByMail = async (subject = 'Printer on fire') => {
    const r = await ingest(rawMail({ from: w.authorized.email, subject }));
    expect(r.status).toBe('ticket_created');
    const [ack] = await outboxFor(r.ticketId!);
    return { ticketId: r.ticketId!, ack: ack! };
  };

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-mail-'));
    blobs = fileBlobStore(blobDir);
    w = await createTicketWorld({ db, clock });
    other = await createTicketWorld({ db, clock }, { withSeverities: false });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('new mail from an authorized contact opens a ticket (R-K1), acknowledged automatically at the stored address, not a first response (R-K4)', async () => {
    const html = '<p>It <b>burns</b>.</p><script>alert(1)</script><img src=x onerror=alert(2)>';
    const raw = rawMail({
      from: `"Agent" <${w.authorized.email.toUpperCase()}>`, replyTo: 'attacker@evil.test', subject: 'Printer on fire', html,
      attachments: [{ filename: 'report.pdf', contentType: 'application/pdf', content: PDF }, { filename: 'tool.exe', contentType: 'application/octet-stream', content: EXE }],
    });
    const r = await ingest(raw);
    expect(r).toMatchObject({ status: 'ticket_created', duplicate: false });
    const t = (await findTicketRow(db, Scope.system, r.ticketId!))!;
    expect(t).toMatchObject({ channel: 'email', subject: 'Printer on fire', status: 'new', firstResponseAt: null, severity: 'trivial', requesterId: w.authorized.id });
    expect(t.bodyHtml).toContain('<b>burns</b>');
    expect(t.bodyHtml).not.toMatch(/script|onerror|<img/);
    const files = await db.select().from(attachments).where(eq(attachments.ticketId, t.id));
    expect(files.map((f) => [f.filename, f.contentType])).toEqual([['report.pdf', 'application/pdf']]);
    expect(await blobs.get(files[0]!.sha256)).toEqual(PDF);
    const notes = (await listTicketMessages(db, t.id, { includeNotes: true })).filter((m) => m.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.bodyText).toContain('tool.exe');
    const [ack, ...rest] = await outboxFor(t.id);
    expect(rest).toHaveLength(0);
    expect(ack).toMatchObject({ template: 'acknowledgement', toAddress: w.authorized.email, locale: 'es', recipientKind: 'contact' });
    expect(ack!.headers['Auto-Submitted']).toBe('auto-replied');
    expect(ack!.textBody).toContain(`#${t.number}`);
    expect(ack!.textBody).toContain('mensaje automático');
    // Replies thread: the wire Reply-To carries the ticket's token; References name the opening message.
    const wire = composeOutbound(ack!, config.mail, (await findThreadInfo(db, [t.id])).get(t.id)!);
    expect(wire.replyTo).toBe(`support+${t.replyToken}@desk.test`);
    expect(wire.references[0]).toBe(`<${(await db.select().from(inboundMessages).where(eq(inboundMessages.id, r.inboundId)))[0]!.messageId}>`);
  });

  it('the same message twice, or many times at once, opens one ticket', async () => {
    const raw = rawMail({ from: w.authorized.email, subject: 'Twice' });
    const before = await n(tickets);
    const first = await ingest(raw, 'smtp');
    const again = await ingest(raw, 'imap:support@127.0.0.1/INBOX');
    expect(again).toMatchObject({ duplicate: true, ticketId: first.ticketId, inboundId: first.inboundId });
    const burst = rawMail({ from: w.authorized.email, subject: 'Burst' });
    const results = await Promise.all([1, 2, 3, 4].map(() => ingest(burst)));
    expect(results.filter((x) => !x.duplicate)).toHaveLength(1);
    expect(new Set(results.map((x) => x.ticketId)).size).toBe(1);
    expect(await n(tickets)).toBe(before + 2);
    const [row] = await db.select().from(inboundMessages).where(eq(inboundMessages.id, results[0]!.inboundId));
    expect(row!.deliveries).toBe(4);
  });

  it('a message without a Message-ID is de-duplicated by its content', async () => {
    const raw = rawMail({ from: w.authorized.email, subject: 'No id', messageId: null });
    const a = await ingest(raw);
    const b = await ingest(Buffer.concat([Buffer.from('Received: from relay.test\r\n'), raw]), 'imap:x@y/INBOX');
    expect(b).toMatchObject({ duplicate: true, ticketId: a.ticketId });
  });

  it('a reply to the reply address lands on the ticket, without the quoted history; the contact is not emailed', async () => {
    const { ticketId, ack } = await openByMail();
    const t = (await findTicketRow(db, Scope.system, ticketId))!;
    const text = 'Here is more detail.\n\nOn Fri, 20 Nov 2026 at 10:00, Support wrote:\n> Hello';
    const r = await ingest(rawMail({ from: w.admin.email, to: `support+${t.replyToken}@desk.test`, subject: `Re: [#${t.number}] Printer`, text }));
    expect(r).toMatchObject({ status: 'reply_added', ticketId });
    const replies = (await listTicketMessages(db, ticketId, { includeNotes: false })).filter((m) => m.kind === 'reply');
    expect(replies.map((m) => [m.bodyText, m.channel, m.authorId])).toEqual([['Here is more detail.', 'email', w.admin.id]]);
    expect((await outboxFor(ticketId)).map((o) => o.id)).toEqual([ack.id]);
    // Through In-Reply-To naming the acknowledgement Coverdesk sent.
    const r2 = await ingest(rawMail({ from: w.authorized.email, subject: 'Re: something', inReplyTo: `<cd.${ack.id}.${t.replyToken}@desk.test>`, text: 'Second.' }));
    expect(r2).toMatchObject({ status: 'reply_added', ticketId });
  });

  it('without sender authentication no estimate is decided by mail, even by the administrator on the ticket\'s thread (R-B4, issue 13); another contact\'s "approve" is only a reply', async () => {
    const { ticketId } = await openByMail('Configure a new workflow');
    const t = (await findTicketRow(db, Scope.system, ticketId))!;
    await changeTicketCategory({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, category: 'configuration_request' });
    const est = await createEstimate({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, hours: 2, priceCents: 20_000 });
    await sendEstimate({ db, clock, config: { publicUrl: 'http://desk.test' } }, { actor: FIXTURE_MANAGER, ticketId, estimateId: est.id });
    const status = async () => (await listTicketEstimates(db, Scope.system, ticketId)).find((e) => e.id === est.id)!.status;
    const notAdmin = await ingest(rawMail({ from: w.authorized.email, to: `support+${t.replyToken}@desk.test`, subject: 'Re: estimate', text: 'Approve' }));
    expect(notAdmin).toMatchObject({ status: 'reply_added' });
    expect(await status()).toBe('sent');
    // The approval itself is decided in ingest-trust.test.ts (decision token + authenticated administrator).
    const r = await ingest(rawMail({ from: w.admin.email, to: `support+${t.replyToken}@desk.test`, subject: 'Re: estimate', text: 'Apruebo, adelante.\n\n> quoted estimate' }));
    expect(r).toMatchObject({ status: 'refused', reason: 'DECISION_NOT_PROVEN' });
    expect(await status()).toBe('sent');
  });

  it('a staff reply is emailed to the requester; the answer to it threads back', async () => {
    const { ticketId } = await openByMail();
    await replyToTicket({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, body: { text: 'Try turning it off.' } });
    const mail = (await outboxFor(ticketId)).find((o) => o.template === 'agent-reply')!;
    expect(mail).toMatchObject({ toAddress: w.authorized.email, recipientKind: 'contact' });
    expect(mail.textBody).toContain('Try turning it off.');
    const wire = composeOutbound(mail, config.mail, (await findThreadInfo(db, [ticketId])).get(ticketId)!);
    const r = await ingest(rawMail({ from: w.authorized.email, subject: `Re: ${wire.subject}`, inReplyTo: wire.messageId, references: wire.references.join(' '), text: 'It worked.' }));
    expect(r).toMatchObject({ status: 'reply_added', ticketId });
  });

  it('spoofed replies change nothing visible to the customer and notify no one', async () => {
    const { ticketId, ack } = await openByMail();
    const t = (await findTicketRow(db, Scope.system, ticketId))!;
    const viewer = contactActor((await findContactRowByEmail(db, w.admin.email))!);
    const seen = JSON.stringify(await getTicket({ db, clock }, { actor: viewer, id: ticketId }));
    const mails = await n(outboxMessages);
    const ourId = `<cd.${ack.id}.${t.replyToken}@desk.test>`;
    const attempts = [
      rawMail({ from: 'stranger@evil.test', subject: `Re: [#${t.number}] Printer`, inReplyTo: ourId, text: 'Please wire money.' }),
      rawMail({ from: 'stranger@evil.test', to: `support+${t.replyToken}@desk.test`, subject: 'Re: hi', text: 'Token leaked.' }),
      rawMail({ from: other.authorized.email, inReplyTo: ourId, subject: 'Re: yours', text: 'Another customer.' }),
    ];
    // A ticket number alone (no token) from outside the customer reads as no number at all: ingest-trust.test.ts.
    for (const raw of attempts) {
      const r = await ingest(raw);
      expect(r.status).toBe('kept_not_participant');
      const u = (await findUnentitledRow(db, Scope.system, r.unentitledRequestId!))!;
      expect(u).toMatchObject({ customerId: null, reasonCode: 'NOT_A_PARTICIPANT' });
      expect(u.details).toMatchObject({ claimedTicketId: ticketId });
    }
    expect(JSON.stringify(await getTicket({ db, clock }, { actor: viewer, id: ticketId }))).toBe(seen);
    expect(await n(outboxMessages)).toBe(mails);
  });

  it('auto-replies and bounces never open tickets, never attach, never get answers', async () => {
    const { ticketId } = await openByMail();
    const t = (await findTicketRow(db, Scope.system, ticketId))!;
    const before = { tickets: await n(tickets), mails: await n(outboxMessages), messages: (await listTicketMessages(db, ticketId, { includeNotes: true })).length };
    const from = w.authorized.email;
    const cases: Array<[Buffer, { from?: string | null } | undefined, string]> = [
      [rawMail({ from, headers: { 'Auto-Submitted': 'auto-replied' }, subject: 'Out of office' }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, headers: { 'Auto-Submitted': 'auto-generated' }, to: `support+${t.replyToken}@desk.test` }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, headers: { Precedence: 'bulk' } }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, headers: { Precedence: 'auto_reply' } }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, headers: { 'X-Autoreply': 'yes' } }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, headers: { 'X-Autorespond': 'Vacation' } }), undefined, 'ignored_auto_reply'],
      [rawMail({ from, subject: 'Undeliverable' }), { from: '' }, 'ignored_bounce'],
      [rawMail({ from, headers: { 'Return-Path': '<>' } }), undefined, 'ignored_bounce'],
      [rawMail({ from: 'MAILER-DAEMON@mx.customer.test', subject: 'Delivery Status Notification' }), undefined, 'ignored_bounce'],
      [rawMail({ from, contentType: 'multipart/report; report-type=delivery-status', text: 'failed' }), undefined, 'ignored_bounce'],
      [rawMail({ from: 'support@desk.test', subject: 'Loop' }), undefined, 'ignored_loop'],
    ];
    for (const [raw, envelope, status] of cases) expect((await ingest(raw, 'smtp', envelope)).status).toBe(status);
    // Auto-Submitted: no is a person.
    expect((await ingest(rawMail({ from, headers: { 'Auto-Submitted': 'no' }, subject: 'Human' }))).status).toBe('ticket_created');
    expect(await n(tickets)).toBe(before.tickets + 1);
    expect(await n(outboxMessages)).toBe(before.mails + 1);
    expect((await listTicketMessages(db, ticketId, { includeNotes: true })).length).toBe(before.messages);
  });

  it('an unknown sender is kept and gets one polite refusal per hour, in its language (R-C2)', async () => {
    const from = `someone-${engine}@unknown.test`;
    const r1 = await ingest(rawMail({ from, subject: 'Hola', headers: { 'Content-Language': 'es-ES' } }));
    expect(r1).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER' });
    expect(await findUnentitledRow(db, Scope.system, r1.unentitledRequestId!)).toMatchObject({ fromEmail: from, customerId: null, reasonCode: 'UNKNOWN_SENDER', subject: 'Hola' });
    const refusals = async () => (await listOutboxRows(db, {}, { limit: 200, offset: 0 })).rows.filter((o) => o.toAddress === from);
    const [first] = await refusals();
    expect(first).toMatchObject({ template: 'refusal', recipientKind: 'address', locale: 'es' });
    expect(first!.headers['Auto-Submitted']).toBe('auto-replied');
    expect(first!.textBody).toContain('Hemos guardado tu mensaje');
    clock.advance(30 * 60_000);
    const r2 = await ingest(rawMail({ from, replyTo: 'other@evil.test', subject: 'Again' }));
    expect(r2.status).toBe('refused');
    expect(await refusals()).toHaveLength(1);
    clock.advance(31 * 60_000);
    await ingest(rawMail({ from, subject: 'Third' }));
    expect(await refusals()).toHaveLength(2);
    expect((await listOutboxRows(db, {}, { limit: 200, offset: 0 })).rows.some((o) => o.toAddress === 'other@evil.test')).toBe(false);
  });

  it('an unauthorized contact is refused in its language at its stored address; the request is kept for the customer', async () => {
    const r = await ingest(rawMail({ from: w.unauthorized.email.toUpperCase(), subject: 'Can I?' }));
    expect(r).toMatchObject({ status: 'refused', reason: 'NOT_AUTHORIZED_CONTACT' });
    expect(await findUnentitledRow(db, Scope.system, r.unentitledRequestId!)).toMatchObject({ contactId: w.unauthorized.id, customerId: w.customerId, channel: 'email' });
    const mail = (await listOutboxRows(db, {}, { limit: 200, offset: 0 })).rows.find((o) => o.dedupeKey === `refusal:${r.inboundId}`)!;
    expect(mail).toMatchObject({ toAddress: w.unauthorized.email, locale: 'es', recipientKind: 'contact' });
    expect(mail.textBody).toContain('contactos autorizados');
  });

  it('a plan without email refuses mail from its authorized contacts, politely (R-C2), and keeps it', async () => {
    const portalOnly = await createTicketWorld({ db, clock }, { withSeverities: false, terms: { channels: ['portal'] } });
    const r = await ingest(rawMail({ from: portalOnly.authorized.email, subject: 'By mail' }));
    expect(r).toMatchObject({ status: 'refused', reason: 'CHANNEL_NOT_IN_PLAN' });
    expect(await findUnentitledRow(db, Scope.system, r.unentitledRequestId!)).toMatchObject({ customerId: portalOnly.customerId, reasonCode: 'CHANNEL_NOT_IN_PLAN' });
    const mail = (await listOutboxRows(db, {}, { limit: 200, offset: 0 })).rows.find((o) => o.dedupeKey === `refusal:${r.inboundId}`)!;
    expect(mail.textBody).toContain('no incluye solicitudes por correo');
  });

  it('a reply to a closed ticket opens a follow-up ticket', async () => {
    const { ticketId } = await openByMail();
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, status: 'solved' });
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, status: 'closed' });
    const t = (await findTicketRow(db, Scope.system, ticketId))!;
    expect(t.status).toBe('closed');
    const r = await ingest(rawMail({ from: w.authorized.email, to: `support+${t.replyToken}@desk.test`, subject: 'Re: closed', text: 'It is back.' }));
    expect(r.status).toBe('ticket_created');
    expect(r.ticketId).not.toBe(ticketId);
  });

  it('CR/LF in an encoded subject never reaches a header of the acknowledgement', async () => {
    const r = await ingest(rawMail({ from: w.authorized.email, subject: encodedWord('Broken\r\nBcc: victim@evil.test') }));
    const t = (await findTicketRow(db, Scope.system, r.ticketId!))!;
    expect(t.subject).toBe('Broken Bcc: victim@evil.test');
    const [ack] = await outboxFor(t.id);
    const wire = composeOutbound(ack!, config.mail, null);
    expect(wire.subject).not.toMatch(/[\r\n]/);
    expect(wire.to).not.toMatch(/[\r\n]/);
  });

  it('records every inbound message once with what became of it; raw bytes are kept', async () => {
    const id = uniqueMessageId('log');
    const raw = rawMail({ from: w.authorized.email, subject: 'Logged', messageId: id });
    const r = await ingest(raw);
    const [row] = await db.select().from(inboundMessages).where(eq(inboundMessages.messageId, id));
    expect(row).toMatchObject({ id: r.inboundId, status: 'ticket_created', ticketId: r.ticketId, fromAddress: w.authorized.email, mailbox: 'smtp', dedupeKey: `mid:${id}` });
    expect(await blobs.get(row!.rawSha256)).toEqual(raw);
  });
});
