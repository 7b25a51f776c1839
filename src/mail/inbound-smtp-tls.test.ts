import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { manualClock } from '../core/clock.js';
import { fileBlobStore } from '../storage/blob-store.js';
import { inboundMessages } from '../storage/schema/index.js';
import { findTicketRow } from '../storage/tickets.queries.js';
import { SILENT_LOG } from '../usecases/mail/mail-deps.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { rawMail } from '../../test/support/mail-fixtures.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';
import { Scope } from '../core/scope.js';

const TLS_DIR = join(import.meta.dirname, '../../test/fixtures/tls');
const CERT = join(TLS_DIR, 'test-only.cert.pem');
const KEY = join(TLS_DIR, 'test-only.key.pem');
const AUTH = { user: 'mta', pass: 'inbound secret' };

/** Sends through a real SMTP client: STARTTLS verified against the test certificate, or plain. */
async function send(port: number, raw: Buffer, opts: { tls: boolean; auth?: typeof AUTH }) {
  const client = nodemailer.createTransport({
    host: '127.0.0.1', port, secure: false, auth: opts.auth,
    ...(opts.tls ? { requireTLS: true, tls: { ca: readFileSync(CERT), servername: 'localhost' } } : { ignoreTLS: true }),
  });
  try {
    return await client.sendMail({ envelope: { from: 'sender@customer.test', to: ['support@desk.test'] }, raw });
  } finally {
    client.close();
  }
}

describe.each(ENGINES)('inbound SMTP with STARTTLS on %s', (engine) => {
  let store: TestStorage;
  let dir: string;
  let w: TicketWorld;
  let smtp: InboundSmtp;
  const clock = manualClock('2026-11-20T10:00:00Z');
  beforeAll(async () => {
    store = await createTestStorage(engine);
    dir = mkdtempSync(join(tmpdir(), 'coverdesk-tls-'));
    w = await createTicketWorld({ db: store.storage.db, clock });
    const config = parseConfig({
      NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_TLS_CERT: CERT, INBOUND_SMTP_TLS_KEY: KEY, INBOUND_SMTP_REQUIRE_TLS: 'true',
      INBOUND_SMTP_USER: AUTH.user, INBOUND_SMTP_PASSWORD: AUTH.pass,
    });
    smtp = (await startInboundSmtp({ db: store.storage.db, clock, blobs: fileBlobStore(dir), log: SILENT_LOG }, config))!;
  });
  afterAll(async () => {
    await smtp?.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes mail over STARTTLS with a login, and opens the ticket', async () => {
    const info = await send(smtp.port, rawMail({ from: w.authorized.email, subject: 'Over TLS' }), { tls: true, auth: AUTH });
    const inboundId = /Accepted ([0-9a-f-]{36})/.exec(info.response)?.[1];
    expect(inboundId).toBeDefined();
    const [row] = await store.storage.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId!));
    expect(row).toMatchObject({ status: 'ticket_created', subject: 'Over TLS' });
    expect((await findTicketRow(store.storage.db, Scope.system, row!.ticketId!))!.channel).toBe('email');
  });

  it('refuses a password before STARTTLS, and any mail without it when TLS is required', async () => {
    await expect(send(smtp.port, rawMail({ from: w.authorized.email }), { tls: false, auth: AUTH })).rejects.toMatchObject({ responseCode: 538 });
    await expect(send(smtp.port, rawMail({ from: w.authorized.email }), { tls: false })).rejects.toMatchObject({ responseCode: 530 });
  });

  it('says which variable is wrong when a file is missing or half the pair is set', async () => {
    expect(() => parseConfig({ INBOUND_SMTP_PORT: '0', INBOUND_SMTP_TLS_CERT: CERT })).toThrow(/INBOUND_SMTP_TLS_CERT and INBOUND_SMTP_TLS_KEY: set both or neither/);
    expect(() => parseConfig({ INBOUND_SMTP_PORT: '0', INBOUND_SMTP_REQUIRE_TLS: 'true' })).toThrow(/INBOUND_SMTP_REQUIRE_TLS/);
    const config = parseConfig({ NODE_ENV: 'test', INBOUND_SMTP_PORT: '0', INBOUND_SMTP_TLS_CERT: join(dir, 'missing.pem'), INBOUND_SMTP_TLS_KEY: KEY });
    await expect(startInboundSmtp({ db: store.storage.db, clock, blobs: fileBlobStore(dir), log: SILENT_LOG }, config)).rejects.toThrow(/INBOUND_SMTP_TLS_CERT: cannot read .*missing\.pem \(ENOENT\)/);
  });
});
