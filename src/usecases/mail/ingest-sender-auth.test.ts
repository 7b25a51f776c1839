import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { fileBlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { outboxMessages, tickets } from '../../storage/schema/index.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { findUnentitledRow } from '../../storage/unentitled.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { rawMail } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';
import { ingestEmail, type IngestDeps } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import { Scope } from '../../core/scope.js';

/** MAIL_AUTHSERV_ID: a contact's address alone no longer opens tickets (and spends the allowance, R-P4). */
describe.each(ENGINES)('sender authentication of inbound mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let w: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const config = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test', MAIL_AUTHSERV_ID: 'MX.desk.test' });
  const deps = (): IngestDeps => ({ db, clock, blobs: fileBlobStore(blobDir), log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 });
  const ingest = (raw: Buffer) => ingestEmail(deps(), { mailbox: 'smtp', raw });
  const n = async (table: typeof tickets | typeof outboxMessages) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  const domain = () => w.authorized.email.split('@')[1]!;

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-auth-'));
    w = await createTicketWorld({ db, clock });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('keeps mail in a contact\'s name without a trusted pass, opens no ticket and answers no one', async () => {
    const before = { tickets: await n(tickets), mails: await n(outboxMessages) };
    const cases: Array<Record<string, string>> = [
      {}, // no verdict at all
      { 'Authentication-Results': `mx.desk.test.evil.example; dmarc=pass header.from=${domain()}` }, // written by the sender
      { 'Authentication-Results': `mx.desk.test; spf=fail smtp.mailfrom=${w.authorized.email}; dmarc=fail header.from=${domain()}` },
      { 'Authentication-Results': `mx.desk.test; dkim=pass header.d=bulk-mailer.example` }, // signed, but not by the From domain
    ];
    for (const headers of cases) {
      const r = await ingest(rawMail({ from: w.authorized.email, subject: 'Spoofed?', headers }));
      expect(r).toMatchObject({ status: 'refused', reason: 'SENDER_NOT_AUTHENTICATED' });
      const kept = (await findUnentitledRow(db, Scope.system, r.unentitledRequestId!))!;
      expect(kept).toMatchObject({ reasonCode: 'SENDER_NOT_AUTHENTICATED', fromEmail: w.authorized.email, status: 'open' });
      expect(kept.details).toMatchObject({ fromContactId: w.authorized.id });
    }
    expect(await n(tickets)).toBe(before.tickets);
    expect(await n(outboxMessages)).toBe(before.mails);
  });

  it('opens the ticket when the trusted server says DMARC, or aligned DKIM, passed', async () => {
    for (const result of [`dmarc=pass header.from=${domain()}`, `dkim=pass header.d=${domain()}; spf=none`]) {
      const r = await ingest(rawMail({ from: w.authorized.email, subject: `Authenticated ${result}`, headers: { 'Authentication-Results': `mx.desk.test 1; ${result}` } }));
      expect(r.status).toBe('ticket_created');
      expect((await findTicketRow(db, Scope.system, r.ticketId!))!.requesterId).toBe(w.authorized.id);
    }
  });

  it('a reply by reply token needs no verdict: the token is the proof', async () => {
    const opened = await ingest(rawMail({ from: w.authorized.email, subject: 'Thread', headers: { 'Authentication-Results': `mx.desk.test; dmarc=pass header.from=${domain()}` } }));
    const t = (await findTicketRow(db, Scope.system, opened.ticketId!))!;
    const r = await ingest(rawMail({ from: w.authorized.email, to: `support+${t.replyToken}@desk.test`, subject: 'Re: Thread', text: 'More details.' }));
    expect(r).toMatchObject({ status: 'reply_added', ticketId: t.id });
  });

  it('an unknown sender is kept either way, but refused by mail only when authenticated (no backscatter)', async () => {
    const mails = await n(outboxMessages);
    const forged = await ingest(rawMail({ from: 'someone@unknown.example', subject: 'Hello' }));
    expect(forged).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER', details: { refusalQueued: false, authentication: { verdict: 'none' } } });
    expect(await n(outboxMessages)).toBe(mails);
    const real = await ingest(rawMail({ from: 'someone@unknown.example', subject: 'Hello again', headers: { 'Authentication-Results': 'mx.desk.test; spf=pass smtp.mailfrom=someone@unknown.example' } }));
    expect(real).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER', details: { refusalQueued: true } });
    expect(await n(outboxMessages)).toBe(mails + 1);
  });
});
