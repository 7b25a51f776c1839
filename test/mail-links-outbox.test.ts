import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/core/actor.js';
import { manualClock } from '../src/core/clock.js';
import { sweepDueSla } from '../src/jobs/sla-sweep-due.js';
import { sweepPending } from '../src/jobs/tickets-sweep-pending.js';
import { findActor } from '../src/storage/auth.queries.js';
import type { Db } from '../src/storage/db.js';
import { markOutboxSent } from '../src/storage/outbox.queries.js';
import { outboxMessages } from '../src/storage/schema/index.js';
import { registerTicket } from '../src/usecases/tickets/register-ticket.js';
import { replyToTicket } from '../src/usecases/tickets/reply-to-ticket.js';
import { createUser } from '../src/usecases/users/create-user.js';
import { ingestEmail } from '../src/usecases/mail/ingest-email.js';
import { SILENT_LOG } from '../src/usecases/mail/mail-deps.js';
import { parseConfig } from '../src/config/config.js';
import { fileBlobStore } from '../src/storage/blob-store.js';
import { rawMail } from './support/mail-fixtures.js';
import { createTestStorage, ENGINES, type TestStorage } from './support/engines.js';
import { linksIn, pageOfLink, TEST_PUBLIC_URL } from './support/page-links.js';
import { createTicketWorld, type TicketWorld } from './support/ticket-world.js';

const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ee', role: 'agent', name: 'Agent', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };

/** The real link builders, through the outbox: the mail a ticket's life sends links to pages that exist (issue 13 item 7). */
describe.each(ENGINES)('links in the mail a ticket sends on %s', (engine) => {
  let s: TestStorage;
  let db: Db;
  let w: TicketWorld;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 in Madrid
  const config = { publicUrl: TEST_PUBLIC_URL };
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    w = await createTicketWorld({ db, clock });
    await createUser({ db, clock }, { actor: { kind: 'system', id: null }, email: 'boss@vendor.test', name: 'Boss', role: 'manager', locale: 'el', password: 'correct horse battery staple' });
  });
  afterAll(() => s.dispose());

  const mailOf = async (ticketId: string, template: string) =>
    (await db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, ticketId))).filter((m) => m.template === template);

  it('acknowledgement, agent reply, SLA warning, pending reminder and closure each link to the ticket\'s real page', async () => {
    const contact = (await findActor(db, 'contact', w.authorized.id))!;
    const r = await registerTicket({ db, clock, config }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'Login broken', body: { text: 'x' }, severity: 'blocker' });
    if (r.kind !== 'registered') throw new Error('refused');
    const id = r.ticket.id;
    const [ack] = await mailOf(id, 'acknowledgement');
    expect(linksIn(ack!.textBody, ack!.htmlBody)).toEqual([`${TEST_PUBLIC_URL}/support/tickets/${id}`]);

    clock.advance(3.5 * 3_600_000); // past 75 % of the 4-hour response target
    await sweepDueSla({ db, clock, publicUrl: TEST_PUBLIC_URL });
    const [warning] = await mailOf(id, 'sla_warning');
    expect(linksIn(warning!.textBody, warning!.htmlBody)).toEqual([`${TEST_PUBLIC_URL}/console/tickets/${id}`]);

    await replyToTicket({ db, clock, config }, { actor: AGENT, ticketId: id, body: { text: 'Which version?' }, status: 'pending' });
    const [reply] = await mailOf(id, 'agent-reply');
    expect(linksIn(reply!.textBody, reply!.htmlBody)).toEqual([`${TEST_PUBLIC_URL}/support/tickets/${id}`]);

    clock.set('2026-11-25T10:00:00Z');
    await sweepPending({ db, clock, publicUrl: TEST_PUBLIC_URL });
    const [reminder] = await mailOf(id, 'pending_reminder');
    expect(linksIn(reminder!.textBody)).toEqual([`${TEST_PUBLIC_URL}/support/tickets/${id}`]);
    await markOutboxSent(db, reminder!.id, clock.now());
    clock.set('2026-12-10T10:00:00Z');
    await sweepPending({ db, clock, publicUrl: TEST_PUBLIC_URL });
    const [closure] = await mailOf(id, 'closure_notice');
    expect(linksIn(closure!.textBody)).toEqual([`${TEST_PUBLIC_URL}/support/tickets/${id}`]);
  });

  it('regression (issue 13 item 7): the acknowledgement of a ticket opened by email links to the ticket too', async () => {
    const mail = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' }).mail;
    const deps = { db, clock, blobs: fileBlobStore(`/tmp/coverdesk-links-${engine}`), log: SILENT_LOG, settings: mail, attachmentMaxBytes: 1024 * 1024, publicUrl: TEST_PUBLIC_URL };
    const r = await ingestEmail(deps, { mailbox: 'smtp', raw: rawMail({ from: w.authorized.email, subject: 'Export fails', text: 'The export crashes.' }) });
    expect(r.status).toBe('ticket_created');
    const [ack] = await mailOf(r.ticketId!, 'acknowledgement');
    expect(linksIn(ack!.textBody, ack!.htmlBody)).toEqual([`${TEST_PUBLIC_URL}/support/tickets/${r.ticketId}`]);
  });

  it('every link in every mail in the outbox opens a page of the web router', async () => {
    const rows = await db.select().from(outboxMessages);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const m of rows) for (const link of linksIn(m.textBody, m.htmlBody)) expect(pageOfLink(link), `${m.template}: ${link}`).not.toBeNull();
  });
});
