import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { Scope } from '../../core/scope.js';
import { takesReplies } from '../../core/tickets/status-machine.js';
import { fileBlobStore, type BlobStore } from '../../storage/blob-store.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow, listTicketMessages } from '../../storage/tickets.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { rawMail } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { changeTicketStatus } from '../tickets/change-ticket-status.js';
import { actOnTicket } from './act-on-ticket.js';
import { ingestEmail } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import type { ParsedInbound } from './parse-inbound.js';

/**
 * Issue 15 item 6: whether a proven reply lands on its ticket or opens a follow-up is an explicit
 * decision (R-K3 `takesReplies`), made on the ticket's row read under its lock, not the outcome of
 * catching TRANSITION_NOT_ALLOWED from the reply.
 */
describe('a closed ticket takes no replies (R-K3)', () => {
  it.each([
    ['new', true], ['open', true], ['pending', true], ['on_hold', true], ['solved', true], ['closed', false],
  ] as const)('%s: takes replies %s', (status, takes) => {
    expect(takesReplies(status)).toBe(takes);
  });
});

describe.each(ENGINES)('acting on a ticket by mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let blobs: BlobStore;
  let w: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const config = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' });

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-act-'));
    blobs = fileBlobStore(blobDir);
    w = await createTicketWorld({ db, clock });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('a ticket closed after the thread was resolved opens a follow-up (regression: the reply failed with TRANSITION_NOT_ALLOWED)', async () => {
    const opened = await ingestEmail({ db, clock, blobs, log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 }, { mailbox: 'smtp', raw: rawMail({ from: w.authorized.email, subject: 'Printer' }) });
    const ticketId = opened.ticketId!;
    // What the ingest resolved the thread to, read before the ticket was closed.
    const stale = (await findTicketRow(db, Scope.system, ticketId))!;
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, status: 'solved' });
    await changeTicketStatus({ db, clock }, { actor: FIXTURE_MANAGER, ticketId, status: 'closed' });
    expect(stale.status).toBe('new');

    const contact = (await findContactRowByEmail(db, w.authorized.email))!;
    const parsed: ParsedInbound = {
      messageId: '<late-reply@customer.test>', dedupeKey: 'late-reply', from: { address: w.authorized.email, name: '' }, recipients: [], subject: 'Re: Printer',
      inReplyTo: [], references: [], text: 'Still broken.', html: null, attachments: [], reports: [], headers: {}, automated: null, locale: null,
    };
    const outcome = await withTx(db, (tx) =>
      actOnTicket(
        { tx, now: clock.now(), blobs, maxBytes: 1024 * 1024, settings: config.mail, parsed, inboundId: opened.inboundId, authenticated: false },
        contact, stale, { ticketId, via: 'reply_address', token: true, askingOutboxId: null }, 'reply_token',
      ),
    );
    expect(outcome.status).toBe('ticket_created');
    expect(outcome.ticketId).not.toBe(ticketId);
    expect(outcome.details).toMatchObject({ followUpOf: ticketId });
    expect((await listTicketMessages(db, ticketId, { includeNotes: true })).map((m) => m.bodyText)).not.toContain('Still broken.');
  });
});
