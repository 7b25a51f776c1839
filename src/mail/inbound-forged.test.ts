import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import { fileBlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/db.js';
import { inboundMessages } from '../storage/schema/index.js';
import { listTicketMessages } from '../storage/tickets.queries.js';
import { ingestEmail } from '../usecases/mail/ingest-email.js';
import { SILENT_LOG } from '../usecases/mail/mail-deps.js';
import { emlFixture } from '../../test/support/eml-fixtures.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { rawMail, uniqueMessageId } from '../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';

async function smtpSend(port: number, raw: Buffer, from: string) {
  const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await client.sendMail({ envelope: { from, to: ['support@desk.test'] }, raw });
  } finally {
    client.close();
  }
}

/** The forged replies of test/fixtures/mail through the real SMTP listener (issue 13 items 1 and 3). */
describe.each(ENGINES)('forged replies through the SMTP listener on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let dir: string;
  let w: TicketWorld;
  let smtp: InboundSmtp;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const config = parseConfig({
    NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test', MAIL_AUTHSERV_ID: 'mx.desk.test',
    INBOUND_SMTP_PORT: '0', INBOUND_SMTP_DOMAINS: 'desk.test',
  });

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    dir = mkdtempSync(join(tmpdir(), 'coverdesk-forged-'));
    w = await createTicketWorld({ db, clock });
    smtp = (await startInboundSmtp({ db, clock, blobs: fileBlobStore(dir), log: SILENT_LOG }, config))!;
  });
  afterAll(async () => {
    await smtp.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a forged reply is taken (250), kept for staff and not attached; the genuine mail with its Message-ID is then attached once', async () => {
    const openingMessageId = uniqueMessageId('open');
    const opened = await ingestEmail(
      { db, clock, blobs: fileBlobStore(dir), log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 },
      { mailbox: 'smtp', raw: rawMail({ from: w.authorized.email, messageId: openingMessageId, headers: { 'Authentication-Results': `mx.desk.test; dmarc=pass header.from=${w.authorized.email.split('@')[1]}` } }) },
    );
    expect(opened.status).toBe('ticket_created');
    const messageId = uniqueMessageId('shared');
    for (const name of ['forged-reply-references', 'forged-approval', 'forged-followup-closed']) {
      const sent = await smtpSend(smtp.port, emlFixture(name, { from: w.admin.email, openingMessageId, messageId: name === 'forged-reply-references' ? messageId : uniqueMessageId(name), subject: 'x' }), w.admin.email);
      expect(sent.response).toMatch(/^250/);
    }
    const kept = await db.select().from(inboundMessages).where(eq(inboundMessages.reason, 'REPLY_NOT_PROVEN'));
    expect(kept).toHaveLength(3);
    expect(await listTicketMessages(db, opened.ticketId!, { includeNotes: false })).toHaveLength(0);
    const genuine = rawMail({
      from: w.admin.email, messageId, references: `<${openingMessageId}>`, text: 'The real reply.',
      headers: { 'Authentication-Results': `mx.desk.test; dmarc=pass header.from=${w.admin.email.split('@')[1]}` },
    });
    expect((await smtpSend(smtp.port, genuine, w.admin.email)).response).toMatch(/^250/);
    expect((await smtpSend(smtp.port, genuine, w.admin.email)).response).toContain('(duplicate)');
    const replies = (await listTicketMessages(db, opened.ticketId!, { includeNotes: false })).map((m) => m.bodyText);
    expect(replies).toEqual(['The real reply.']);
  });
});
