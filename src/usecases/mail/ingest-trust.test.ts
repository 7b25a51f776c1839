import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { fileBlobStore, type BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { listTicketEstimates } from '../../storage/billing-estimates.queries.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { listOutboxRows, type OutboxRow } from '../../storage/outbox.queries.js';
import { outboxMessages, tickets } from '../../storage/schema/index.js';
import { findTicketRow, listTicketMessages } from '../../storage/tickets.queries.js';
import { findUnentitledRow } from '../../storage/unentitled.queries.js';
import { createEstimate } from '../billing/create-estimate.js';
import { sendEstimate } from '../billing/send-estimate.js';
import { changeTicketCategory } from '../tickets/change-ticket-category.js';
import { changeTicketStatus } from '../tickets/change-ticket-status.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { emlFixture } from '../../../test/support/eml-fixtures.js';
import { rawMail, uniqueMessageId } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { ingestEmail, type IngestDeps } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import { Scope } from '../../core/scope.js';

const BASE = { NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' };
/** Default settings: no sender authentication configured. */
const PLAIN = parseConfig(BASE).mail;
/** MAIL_AUTHSERV_ID set: the receiving MTA's verdict is trusted. */
const AUTH = parseConfig({ ...BASE, MAIL_AUTHSERV_ID: 'mx.desk.test' }).mail;

/**
 * Issue 13, "who may act by mail": threading headers and a subject tag only FIND
 * a ticket; acting needs the reply token, or an authenticated participant; a
 * decision needs the token of the mail that asked for it AND the authenticated
 * administrator. Forged mail comes from test/fixtures/mail/*.eml.
 */
describe.each(ENGINES)('who may act by mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let blobs: BlobStore;
  let w: TicketWorld;
  let other: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const ingest = (settings: IngestDeps['settings'], raw: Buffer, mailbox = 'smtp') =>
    ingestEmail({ db, clock, blobs, log: SILENT_LOG, settings, attachmentMaxBytes: 1024 * 1024 }, { mailbox, raw });
  const domainOf = (a: string) => a.split('@')[1]!;
  const passed = (from: string) => ({ 'Authentication-Results': `mx.desk.test; spf=pass smtp.mailfrom=${from}; dmarc=pass header.from=${domainOf(from)}` });
  const n = async (table: typeof tickets | typeof outboxMessages) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  const replies = async (ticketId: string) => (await listTicketMessages(db, ticketId, { includeNotes: false })).filter((m) => m.kind === 'reply').length;
  const mailTo = async (address: string): Promise<OutboxRow[]> => (await listOutboxRows(db, {}, { limit: 500, offset: 0 })).rows.filter((o) => o.toAddress.toLowerCase() === address.toLowerCase());
  /** A ticket opened by the authorized contact's mail, with the Message-ID that opened it and its acknowledgement. */
  const opened = async (subject = 'Printer on fire') => {
    clock.advance(6 * 60_000); // outside the loop-burst window of the previous test's tickets (default budgets)
    const openingMessageId = uniqueMessageId('open');
    const r = await ingest(PLAIN, rawMail({ from: w.authorized.email, subject, messageId: openingMessageId }));
    expect(r.status).toBe('ticket_created');
    const ticket = (await findTicketRow(db, Scope.system, r.ticketId!))!;
    const ack = (await listOutboxRows(db, { ticketId: ticket.id }, { limit: 10, offset: 0 })).rows.find((o) => o.template === 'acknowledgement')!;
    return { ticket, openingMessageId, ack };
  };
  const forged = (name: string, vars: Record<string, string | number>) => emlFixture(name, { messageId: uniqueMessageId('forged'), subject: 'Printer on fire', ...vars });

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-trust-'));
    blobs = fileBlobStore(blobDir);
    w = await createTicketWorld({ db, clock });
    other = await createTicketWorld({ db, clock }, { withSeverities: false });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('forged reply naming the opening Message-ID is not attached, with or without sender authentication (issue 13 item 1)', async () => {
    const { ticket, openingMessageId } = await opened();
    for (const settings of [PLAIN, AUTH]) {
      const r = await ingest(settings, forged('forged-reply-references', { from: w.admin.email, openingMessageId }));
      expect(r).toMatchObject({ status: 'refused', reason: 'REPLY_NOT_PROVEN' });
      const kept = (await findUnentitledRow(db, Scope.system, r.unentitledRequestId!))!;
      expect(kept).toMatchObject({ customerId: null, reasonCode: 'REPLY_NOT_PROVEN' });
      expect(kept.details).toMatchObject({ claimedTicketId: ticket.id, via: 'references' });
    }
    expect(await replies(ticket.id)).toBe(0);
    expect((await findTicketRow(db, Scope.system, ticket.id))!.status).toBe('new');
    // Answered once (per-address interval) at the administrator's STORED address, repeating nothing of the forged mail.
    const [answer, ...more] = (await mailTo(w.admin.email)).filter((o) => o.template === 'refusal');
    expect(more).toHaveLength(0);
    expect(answer!.recipientKind).toBe('contact');
    expect(`${answer!.subject} ${answer!.textBody} ${answer!.htmlBody}`).not.toMatch(/Printer|evil\.test|invoice/);
  });

  it('genuine reply by references from an authenticated participant is attached (issue 13 item 1)', async () => {
    const { ticket, openingMessageId } = await opened();
    const r = await ingest(AUTH, rawMail({ from: w.admin.email, headers: passed(w.admin.email), inReplyTo: `<${openingMessageId}>`, references: `<${openingMessageId}>`, text: 'More detail.' }));
    expect(r).toMatchObject({ status: 'reply_added', ticketId: ticket.id, details: { via: 'references', proof: 'authenticated_participant' } });
    expect(await replies(ticket.id)).toBe(1);
  });

  it('the reply token proves a reply, with or without sender authentication; in an outsider\'s hands it does not (issue 13 item 1)', async () => {
    const { ticket, ack } = await opened();
    const ourId = `<cd.${ack.id}.${ticket.replyToken}@desk.test>`;
    expect(await ingest(PLAIN, rawMail({ from: w.authorized.email, to: `support+${ticket.replyToken}@desk.test`, text: 'By address.' }))).toMatchObject({ status: 'reply_added', details: { via: 'reply_address', proof: 'reply_token' } });
    expect(await ingest(AUTH, rawMail({ from: w.authorized.email, inReplyTo: ourId, text: 'By our Message-ID.' }))).toMatchObject({ status: 'reply_added', details: { via: 'references', proof: 'reply_token' } });
    const leaked = await ingest(AUTH, rawMail({ from: 'stranger@evil.test', headers: passed('stranger@evil.test'), to: `support+${ticket.replyToken}@desk.test`, text: 'Leaked token.' }));
    expect(leaked).toMatchObject({ status: 'kept_not_participant', reason: 'NOT_A_PARTICIPANT' });
    expect(await replies(ticket.id)).toBe(2);
  });

  it('a subject tag finds a ticket but does not prove a reply (issue 13 item 1)', async () => {
    const { ticket } = await opened();
    for (const settings of [PLAIN, AUTH]) {
      expect(await ingest(settings, forged('forged-reply-subject-tag', { from: w.admin.email, number: ticket.number }))).toMatchObject({ status: 'refused', reason: 'REPLY_NOT_PROVEN' });
    }
    expect(await replies(ticket.id)).toBe(0);
    const genuine = await ingest(AUTH, rawMail({ from: w.admin.email, headers: passed(w.admin.email), subject: `Re: [#${ticket.number}] Printer`, text: 'Tagged.' }));
    expect(genuine).toMatchObject({ status: 'reply_added', ticketId: ticket.id, details: { via: 'subject_number', proof: 'authenticated_participant' } });
  });

  it('forged follow-up to a closed ticket opens no ticket in the contact\'s name; a proven one does (issue 13 item 1)', async () => {
    const { ticket, openingMessageId } = await opened();
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, status: 'solved' });
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, status: 'closed' });
    const before = await n(tickets);
    for (const settings of [PLAIN, AUTH]) {
      expect(await ingest(settings, forged('forged-followup-closed', { from: w.authorized.email, openingMessageId }))).toMatchObject({ status: 'refused', reason: 'REPLY_NOT_PROVEN' });
    }
    expect(await n(tickets)).toBe(before);
    const r = await ingest(PLAIN, rawMail({ from: w.authorized.email, to: `support+${ticket.replyToken}@desk.test`, text: 'It is back.' }));
    expect(r).toMatchObject({ status: 'ticket_created', details: { followUpOf: ticket.id, proof: 'reply_token' } });
    expect(await n(tickets)).toBe(before + 1);
  });

  it('forged estimate approval decides nothing; only the authenticated administrator replying to the estimate mail does (issue 13 item 1, R-B4)', async () => {
    clock.advance(61 * 60_000); // past the per-address refusal interval of the earlier tests
    const { ticket, openingMessageId, ack } = await opened('Configure a new workflow');
    await changeTicketCategory({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, category: 'configuration_request' });
    const est = await createEstimate({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, hours: 5, priceCents: 50_000 });
    await sendEstimate({ db, clock, config: { publicUrl: 'http://desk.test' } }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, estimateId: est.id });
    const status = async () => (await listTicketEstimates(db, Scope.system, ticket.id)).find((e) => e.id === est.id)!.status;
    const [asking] = await db.select().from(outboxMessages).where(and(eq(outboxMessages.ticketId, ticket.id), eq(outboxMessages.template, 'estimate-sent')));
    const wire = composeOutbound(asking!, AUTH, (await findThreadInfo(db, [ticket.id])).get(ticket.id)!);
    // The asking mail carries its own token, not the ticket's.
    expect(asking!.replyToken).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(wire.replyTo).toBe(`support+${asking!.replyToken}@desk.test`);
    expect(wire.messageId).toContain(asking!.replyToken!);
    const refusals = async () => (await mailTo(w.admin.email)).filter((o) => o.template === 'refusal').length;
    const answered = await refusals();

    // Forged: the opening Message-ID (which every copied recipient has), no token.
    for (const settings of [PLAIN, AUTH]) {
      expect(await ingest(settings, forged('forged-approval', { from: w.admin.email, openingMessageId }))).toMatchObject({ status: 'refused', reason: 'REPLY_NOT_PROVEN' });
    }
    // The ticket's token (any mail of the ticket) and an authenticated administrator: not the mail that asked.
    const ticketToken = await ingest(AUTH, rawMail({ from: w.admin.email, headers: passed(w.admin.email), inReplyTo: `<cd.${ack.id}.${ticket.replyToken}@desk.test>`, text: 'APROBADO' }));
    expect(ticketToken).toMatchObject({ status: 'refused', reason: 'DECISION_NOT_PROVEN' });
    // The asking mail's token, but no authentication (not configured, or no pass).
    for (const settings of [PLAIN, AUTH]) {
      const r = await ingest(settings, rawMail({ from: w.admin.email, to: wire.replyTo!, inReplyTo: wire.messageId, text: 'Apruebo.' }));
      expect(r).toMatchObject({ status: 'refused', reason: 'DECISION_NOT_PROVEN' });
    }
    expect(await status()).toBe('sent');
    expect(await replies(ticket.id)).toBe(0);
    expect(await refusals()).toBe(answered + 1); // one answer per address per interval, however many forgeries
    // Genuine: the administrator, authenticated, answering the estimate mail.
    const r = await ingest(AUTH, rawMail({ from: w.admin.email, headers: passed(w.admin.email), to: wire.replyTo!, inReplyTo: wire.messageId, references: wire.references.join(' '), text: 'APROBADO\n\n> the estimate' }));
    expect(r).toMatchObject({ status: 'reply_added', details: { estimate: `${est.id}:approved` } });
    expect(await status()).toBe('approved');
  });

  it('a refused forgery carrying a genuine Message-ID does not suppress the genuine mail, which still acts once (issue 13 item 3)', async () => {
    // A new request (refused on sender authentication before and after issue 13): a forged copy in the contact's name first, then the authenticated one.
    const newId = uniqueMessageId('new');
    expect(await ingest(AUTH, rawMail({ from: w.authorized.email, messageId: newId, subject: 'New one' }))).toMatchObject({ status: 'refused', reason: 'SENDER_NOT_AUTHENTICATED' });
    const real = await ingest(AUTH, rawMail({ from: w.authorized.email, headers: passed(w.authorized.email), messageId: newId, subject: 'New one' }));
    expect(real).toMatchObject({ status: 'ticket_created', duplicate: false });
    const { ticket, openingMessageId } = await opened();
    const genuineId = uniqueMessageId('genuine');
    const forgery = await ingest(AUTH, emlFixture('forged-reply-references', { from: w.authorized.email, openingMessageId, messageId: genuineId, subject: 'x' }));
    expect(forgery).toMatchObject({ status: 'refused', reason: 'REPLY_NOT_PROVEN', duplicate: false });
    const genuine = rawMail({ from: w.authorized.email, headers: passed(w.authorized.email), messageId: genuineId, references: `<${openingMessageId}>`, text: 'The real one.' });
    const r = await ingest(AUTH, genuine);
    expect(r).toMatchObject({ status: 'reply_added', ticketId: ticket.id, duplicate: false });
    // The same accepted message again, through SMTP and through IMAP: one reply.
    expect(await ingest(AUTH, genuine)).toMatchObject({ duplicate: true, inboundId: r.inboundId });
    expect(await ingest(AUTH, genuine, 'imap:support@127.0.0.1/INBOX')).toMatchObject({ duplicate: true, inboundId: r.inboundId });
    expect(await replies(ticket.id)).toBe(1);
  });

  it('a ticket number of another customer reads as no number: a new request, nothing about that ticket (issue 13 item 5)', async () => {
    const { ticket } = await opened();
    const foreign = await ingest(PLAIN, forged('foreign-ticket-number', { from: other.authorized.email, number: ticket.number }));
    const unknown = await ingest(PLAIN, forged('foreign-ticket-number', { from: other.authorized.email, number: 987_654 }));
    expect(foreign.status).toBe('ticket_created');
    expect(unknown.status).toBe('ticket_created');
    expect((await findTicketRow(db, Scope.system, foreign.ticketId!))!.customerId).toBe(other.customerId);
    expect(JSON.stringify(foreign)).not.toContain(ticket.id);
    // And a stranger gets exactly what any unknown sender gets.
    const stranger = await ingest(PLAIN, forged('foreign-ticket-number', { from: 'probe@evil.test', number: ticket.number }));
    expect(stranger).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER' });
    expect(JSON.stringify(stranger)).not.toContain(ticket.id);
    expect(await replies(ticket.id)).toBe(0);
  });
});
