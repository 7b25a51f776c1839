import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { fileBlobStore, type BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { listOutboxRows, type OutboxRow } from '../../storage/outbox.queries.js';
import { findUnentitledRow } from '../../storage/unentitled.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { rawMail } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';
import { ingestEmail, type IngestDeps, type IngestResult } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import { Scope } from '../../core/scope.js';

const BASE = { NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' };

/** Automatic mail that nobody can turn into a spam relay or a mail storm (issue 13 item 4, issue 14 item 5). */
describe.each(ENGINES)('budgets of automatic mail on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let blobs: BlobStore;
  let w: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const ingest = (settings: IngestDeps['settings'], raw: Buffer) => ingestEmail({ db, clock, blobs, log: SILENT_LOG, settings, attachmentMaxBytes: 1024 * 1024 }, { mailbox: 'smtp', raw });
  const outbox = async (): Promise<OutboxRow[]> => (await listOutboxRows(db, {}, { limit: 1000, offset: 0 })).rows;

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-budgets-'));
    blobs = fileBlobStore(blobDir);
    w = await createTicketWorld({ db, clock });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('no backscatter: refusals to unknown senders repeat none of their text and stop at the global budget; every mail is kept (issue 13 item 4)', async () => {
    const settings = parseConfig({ ...BASE, MAIL_REFUSALS_PER_HOUR: '3' }).mail;
    const spam = { subject: 'CHEAP PILLS at http://spam.example/buy', text: 'Visit http://spam.example/buy now.' };
    const results: IngestResult[] = [];
    for (let i = 0; i < 6; i++) results.push(await ingest(settings, rawMail({ from: `victim${i}@forged.example`, ...spam })));
    expect(results.every((r) => r.status === 'refused' && r.reason === 'UNKNOWN_SENDER')).toBe(true);
    for (const r of results) expect(await findUnentitledRow(db, Scope.system, r.unentitledRequestId!)).toMatchObject({ reasonCode: 'UNKNOWN_SENDER', subject: spam.subject });
    const refusals = (await outbox()).filter((o) => o.template === 'refusal');
    expect(refusals).toHaveLength(3);
    for (const o of refusals) expect(`${o.subject}\n${o.textBody}\n${o.htmlBody}`).not.toMatch(/PILLS|spam\.example/);
    // Per address: one per interval, whatever the global budget.
    clock.advance(61 * 60_000);
    await ingest(settings, rawMail({ from: 'victim0@forged.example', ...spam }));
    await ingest(settings, rawMail({ from: 'victim0@forged.example', ...spam }));
    expect((await outbox()).filter((o) => o.template === 'refusal' && o.toAddress === 'victim0@forged.example')).toHaveLength(2);
  });

  it('an authenticated sender\'s refusal may name its own subject', async () => {
    const settings = parseConfig({ ...BASE, MAIL_AUTHSERV_ID: 'mx.desk.test' }).mail;
    const from = 'real.person@known.example';
    const r = await ingest(settings, rawMail({ from, subject: 'Our renewal', headers: { 'Authentication-Results': `mx.desk.test; dmarc=pass header.from=known.example` } }));
    expect(r).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER' });
    const [refusal] = (await outbox()).filter((o) => o.toAddress === from);
    expect(refusal!.subject).toContain('Our renewal');
  });

  it('a careless auto-responder does not make a mail storm: loop detection stops it after a few tickets (issue 14 item 5)', async () => {
    clock.advance(2 * 3_600_000);
    const settings = parseConfig(BASE).mail;
    const responder = w.authorized.email;
    const acks = async () => (await outbox()).filter((o) => o.template === 'acknowledgement' && o.toAddress === responder);
    const results: IngestResult[] = [];
    // The responder answers every automatic mail it gets, 2 s later, with a new subject and no Auto-Submitted.
    let answered = (await acks()).length;
    results.push(await ingest(settings, rawMail({ from: responder, subject: 'Something broke' })));
    for (let i = 1; i < 31; i++) {
      const now = (await acks()).filter((o) => o.status === 'pending').length;
      if (now === answered) break;
      answered = now;
      clock.advance(2_000);
      results.push(await ingest(settings, rawMail({ from: responder, subject: `I am away until Monday (${i})` })));
    }
    const created = results.filter((r) => r.status === 'ticket_created');
    expect(created).toHaveLength(5);
    expect((await acks()).filter((o) => o.status === 'pending')).toHaveLength(5);
    const stopped = results.at(-1)!;
    expect(stopped).toMatchObject({ status: 'refused', reason: 'MAIL_LOOP_SUSPECTED', details: { refusalQueued: false } });
    expect(await findUnentitledRow(db, Scope.system, stopped.unentitledRequestId!)).toMatchObject({ reasonCode: 'MAIL_LOOP_SUSPECTED', customerId: null, fromEmail: responder });
  });

  it('a slow auto-responder is stopped by the acknowledgement budget: the ticket opens, its acknowledgement is held (issue 14 item 5)', async () => {
    clock.advance(2 * 3_600_000);
    const settings = parseConfig(BASE).mail;
    const responder = w.admin.email;
    const pending = async () => (await outbox()).filter((o) => o.template === 'acknowledgement' && o.toAddress === responder && o.status === 'pending').length;
    const results: IngestResult[] = [];
    let answered = await pending();
    results.push(await ingest(settings, rawMail({ from: responder, subject: 'Slow loop' })));
    for (let i = 1; i < 31; i++) {
      const now = await pending();
      if (now === answered) break;
      answered = now;
      clock.advance(90_000); // below the loop burst: 90 s apart
      results.push(await ingest(settings, rawMail({ from: responder, subject: `Auto answer ${i}` })));
    }
    expect(results.filter((r) => r.status === 'ticket_created')).toHaveLength(6);
    expect(results.at(-1)).toMatchObject({ status: 'ticket_created', details: { acknowledgement: 'held' } });
    expect(await pending()).toBe(5);
    const held = (await outbox()).filter((o) => o.ticketId === results.at(-1)!.ticketId && o.template === 'acknowledgement');
    expect(held).toMatchObject([{ status: 'kept', lastError: expect.stringContaining('MAIL_SENDER_ACKS_PER_HOUR') }]);
  });

  it('a sender over its hourly budget of new tickets is kept for staff, unanswered (issue 14 item 5)', async () => {
    clock.advance(2 * 3_600_000);
    const settings = parseConfig({ ...BASE, MAIL_SENDER_TICKETS_PER_HOUR: '2' }).mail;
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(10 * 60_000);
      statuses.push((await ingest(settings, rawMail({ from: w.authorized.email, subject: `Issue ${i}` }))).reason ?? 'ticket_created');
    }
    expect(statuses).toEqual(['ticket_created', 'ticket_created', 'SENDER_TICKET_BUDGET']);
  });
});
