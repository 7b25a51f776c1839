import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { fileBlobStore } from '../../storage/blob-store.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { findOutboxRow } from '../../storage/mail-outbox.queries.js';
import { listOutboxRows, markOutboxSent, type OutboxRow } from '../../storage/outbox.queries.js';
import { listTicketEvents } from '../../storage/tickets.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { dsnMail, rawMail } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';
import { getTicket } from '../tickets/get-ticket.js';
import { queueEmail } from '../notifications/queue-email.js';
import { contactActor } from '../../core/actor.js';
import { ingestEmail, type IngestDeps } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';

describe.each(ENGINES)('bounces of our own mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let w: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const config = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' });
  const deps = (): IngestDeps => ({ db, clock, blobs: fileBlobStore(blobDir), log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 });
  /** A mailer daemon's report comes with the null sender; a person's mail without it. */
  const ingest = (raw: Buffer, envelope: { from: string | null } = { from: '' }) => ingestEmail(deps(), { mailbox: 'smtp', raw, envelope });

  /** A ticket opened by mail; its acknowledgement sent; the Message-ID it went out with. */
  const sentAcknowledgement = async (subject: string) => {
    const r = await ingest(rawMail({ from: w.authorized.email, subject }), { from: w.authorized.email });
    expect(r.status).toBe('ticket_created');
    const ack = (await listOutboxRows(db, { ticketId: r.ticketId! }, { limit: 10, offset: 0 })).rows[0]!;
    await markOutboxSent(db, ack.id, clock.now());
    const wire = composeOutbound(ack, config.mail, (await findThreadInfo(db, [r.ticketId!])).get(r.ticketId!)!);
    return { ticketId: r.ticketId!, ack, messageId: wire.messageId };
  };
  const bouncedEvents = async (ticketId: string) => (await listTicketEvents(db, ticketId, { includeInternal: true })).filter((e) => e.type === 'mail_bounced');

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-bounce-'));
    w = await createTicketWorld({ db, clock });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('marks the message bounced with the server\'s answer and tells the agent on the ticket, never the contact', async () => {
    const { ticketId, ack, messageId } = await sentAcknowledgement('Bounce me');
    clock.set('2026-11-20T10:05:00Z');
    const r = await ingest(dsnMail({ originalMessageId: messageId, recipient: ack.toAddress }));
    expect(r).toMatchObject({ status: 'ignored_bounce', ticketId, reason: 'bounce of a message this desk sent: marked bounced' });
    const row = (await findOutboxRow(db, ack.id))!;
    expect(row.status).toBe('bounced');
    expect(row.bouncedAt?.toISOString()).toBe('2026-11-20T10:05:00.000Z');
    expect(row.lastError).toBe('Bounced: 5.1.1 550 5.1.1 <' + ack.toAddress + '>: Recipient address rejected: User unknown');
    const [event, ...more] = await bouncedEvents(ticketId);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorKind: 'system', internal: true, data: { outboxId: ack.id, to: ack.toAddress, status: '5.1.1' } });
    const seen = await getTicket({ db, clock }, { actor: contactActor((await findContactRowByEmail(db, w.authorized.email))!), id: ticketId });
    expect(JSON.stringify(seen)).not.toContain('mail_bounced');
    // A second report of the same bounce changes nothing more.
    const again = await ingest(dsnMail({ originalMessageId: messageId, recipient: ack.toAddress, returned: 'message' }));
    expect(again.reason).toBe('bounce of a message this desk sent, already marked or never sent');
    expect(await bouncedEvents(ticketId)).toHaveLength(1);
  });

  it('reads the returned message as well as its headers; a delay changes nothing', async () => {
    const { ticketId, ack, messageId } = await sentAcknowledgement('Delayed then bounced');
    const delayed = await ingest(dsnMail({ originalMessageId: messageId, recipient: ack.toAddress, action: 'delayed', status: '4.4.7', diagnostic: '451 try later', returned: 'message' }));
    expect(delayed).toMatchObject({ status: 'ignored_bounce', details: { outboxId: ack.id, action: 'delayed', status: '4.4.7' } });
    expect((await findOutboxRow(db, ack.id))!.status).toBe('sent');
    const failed = await ingest(dsnMail({ originalMessageId: messageId, recipient: ack.toAddress, returned: 'message' }));
    expect(failed.reason).toBe('bounce of a message this desk sent: marked bounced');
    expect(await bouncedEvents(ticketId)).toHaveLength(1);
  });

  it('a forged report (a ticket\'s message without its reply token) marks nothing', async () => {
    const { ticketId, ack, messageId } = await sentAcknowledgement('Forge me');
    const forged = messageId.replace(/^<cd\.([0-9a-f-]{36})\.[^@]+@/, '<cd.$1.AAAAAAAAAAAAAAAAAAAAAAAA@');
    expect(forged).not.toBe(messageId);
    const tokenless = messageId.replace(/^<cd\.([0-9a-f-]{36})\.[^@]+@/, '<cd.$1.none@');
    for (const id of [forged, tokenless]) {
      const r = await ingest(dsnMail({ originalMessageId: id, recipient: ack.toAddress }));
      expect(r).toMatchObject({ status: 'ignored_bounce', reason: 'null return path' });
    }
    expect((await findOutboxRow(db, ack.id))!.status).toBe('sent');
    expect(await bouncedEvents(ticketId)).toEqual([]);
  });

  it('marks mail that belongs to no ticket (a maintenance notice, a staff alert) by its row alone', async () => {
    const row = (await queueEmail(db, clock.now(), {
      recipient: { kind: 'address', id: null, address: 'ops@customer.test', name: 'Ops', locale: 'en', timeZone: 'UTC' },
      template: 'maintenance-notice',
      rendered: { subject: 'Maintenance on Saturday', text: 'We will upgrade.', html: '<p>We will upgrade.</p>' },
    })) as OutboxRow;
    await markOutboxSent(db, row.id, clock.now());
    const wire = composeOutbound(row, config.mail, null);
    const r = await ingest(dsnMail({ originalMessageId: wire.messageId, recipient: 'ops@customer.test', status: '5.2.1', diagnostic: '550 mailbox disabled' }));
    expect(r).toMatchObject({ ticketId: null, reason: 'bounce of a message this desk sent: marked bounced' });
    expect((await findOutboxRow(db, row.id))!).toMatchObject({ status: 'bounced', lastError: 'Bounced: 5.2.1 550 mailbox disabled' });
  });
});
