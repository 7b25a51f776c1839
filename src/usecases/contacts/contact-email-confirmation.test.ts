import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { manualClock } from '../../core/clock.js';
import { findCredentialsByEmail } from '../../storage/auth.queries.js';
import { fileBlobStore } from '../../storage/blob-store.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { contactEmailConfirmations, outboxMessages } from '../../storage/schema/index.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { rawMail } from '../../../test/support/mail-fixtures.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { contactActor } from '../../core/actor.js';
import { ingestEmail } from '../mail/ingest-email.js';
import { SILENT_LOG } from '../mail/mail-deps.js';
import { confirmContactEmail } from './confirm-contact-email.js';
import { createContact } from './create-contact.js';
import { resendEmailConfirmation } from './resend-email-confirmation.js';
import { updateContact } from './update-contact.js';
import { Scope } from '../../core/scope.js';

const MAIL = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_AUTHSERV_ID: 'mx.desk.test' }).mail;

/** Issue 13 item 6: a contact address acts (mail intake, sign-in) only once its owner confirmed it. */
describe.each(ENGINES)('contact addresses are proven before they act on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let blobDir: string;
  let w: TicketWorld;
  let other: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const deps = () => ({ db, clock, config: { publicUrl: 'https://desk.test' } });
  const adminOfW = async () => contactActor((await findContactRowByEmail(db, w.admin.email))!);
  const authenticated = (from: string) => ({ 'Authentication-Results': `mx.desk.test; dmarc=pass header.from=${from.split('@')[1]}` });
  const ingest = (from: string, subject: string) =>
    ingestEmail({ db, clock, blobs: fileBlobStore(blobDir), log: SILENT_LOG, settings: MAIL, attachmentMaxBytes: 1024 * 1024 }, { mailbox: 'smtp', raw: rawMail({ from, subject, headers: authenticated(from) }) });
  /** The token in the confirmation link mailed to `address` (the latest). */
  const linkTokenFor = async (address: string) => {
    const rows = await db.select().from(outboxMessages).where(and(eq(outboxMessages.toAddress, address), eq(outboxMessages.template, 'contact-email-confirmation')));
    const text = rows.at(-1)!.textBody;
    expect(text).toContain('https://desk.test/support/confirm-email?token=');
    return /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;
  };

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    blobDir = mkdtempSync(join(tmpdir(), 'coverdesk-confirm-'));
    w = await createTicketWorld({ db, clock });
    other = await createTicketWorld({ db, clock }, { withSeverities: false });
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('a customer administrator adding another customer\'s address gets the same answer as for a new one, and mail from it still lands in its own customer (issue 13 item 6)', async () => {
    const admin = await adminOfW();
    const squat = await createContact(deps(), { actor: admin, customerId: w.customerId, email: other.authorized.email, name: 'CTO', isAuthorized: true });
    const fresh = await createContact(deps(), { actor: admin, customerId: w.customerId, email: `new-${engine}@customer-a.test`, name: 'New', isAuthorized: true });
    const shape = (v: object) => Object.keys(v).sort();
    expect(shape(squat)).toEqual(shape(fresh));
    expect([squat.emailConfirmed, fresh.emailConfirmed]).toEqual([false, false]);
    // Authenticated mail from the squatted address is still the other customer's contact's.
    const r = await ingest(other.authorized.email, 'Ours');
    expect(r.status).toBe('ticket_created');
    expect((await findTicketRow(db, Scope.system, r.ticketId!))!.customerId).toBe(other.customerId);
    // The new, unconfirmed address can neither write to support nor sign in.
    expect(await ingest(fresh.email, 'Before confirming')).toMatchObject({ status: 'refused', reason: 'UNKNOWN_SENDER' });
    expect(await findCredentialsByEmail(db, fresh.email)).toBeNull();
    // The real owner of the squatted address cannot confirm it away from its customer.
    await expect(confirmContactEmail(deps(), { token: await linkTokenFor(other.authorized.email) })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('the confirmation link works once, before it expires, and only its hash is stored (issue 13 item 6)', async () => {
    const admin = await adminOfW();
    const address = `confirm-${engine}@customer-a.test`;
    const c = await createContact(deps(), { actor: admin, customerId: w.customerId, email: address, name: 'Confirmer', isAuthorized: true });
    const token = await linkTokenFor(address);
    const [stored] = await db.select().from(contactEmailConfirmations).where(eq(contactEmailConfirmations.contactId, c.id));
    expect(stored!.tokenSha256).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await confirmContactEmail(deps(), { token })).toEqual({ confirmed: true });
    expect((await findContactRowByEmail(db, address))!.id).toBe(c.id);
    expect(await ingest(address, 'Now I can')).toMatchObject({ status: 'ticket_created' });
    await expect(confirmContactEmail(deps(), { token })).rejects.toMatchObject({ code: 'CONFIRMATION_INVALID' });
    await expect(confirmContactEmail(deps(), { token: 'x'.repeat(43) })).rejects.toMatchObject({ code: 'CONFIRMATION_INVALID' });
    // A changed address must be confirmed again; an old link expires.
    const changed = `changed-${engine}@customer-a.test`;
    expect(await updateContact(deps(), { actor: admin, customerId: w.customerId, id: c.id, email: changed })).toMatchObject({ emailConfirmed: false });
    expect(await findContactRowByEmail(db, changed)).toBeNull();
    const late = await linkTokenFor(changed);
    await expect(resendEmailConfirmation(deps(), { actor: admin, customerId: w.customerId, id: c.id })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    clock.advance(8 * 86_400_000);
    await expect(confirmContactEmail(deps(), { token: late })).rejects.toMatchObject({ code: 'CONFIRMATION_INVALID' });
    // A new link after expiry works; another customer's administrator cannot ask for one.
    await expect(resendEmailConfirmation(deps(), { actor: contactActor((await findContactRowByEmail(db, other.admin.email))!), customerId: w.customerId, id: c.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await resendEmailConfirmation(deps(), { actor: admin, customerId: w.customerId, id: c.id });
    expect(await confirmContactEmail(deps(), { token: await linkTokenFor(changed) })).toEqual({ confirmed: true });
    await expect(resendEmailConfirmation(deps(), { actor: admin, customerId: w.customerId, id: c.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('staff vouch for the addresses they enter: confirmed at once, and "in use" is told to staff only', async () => {
    const c = await createContact(deps(), { actor: FIXTURE_MANAGER, customerId: w.customerId, email: `staff-${engine}@customer-a.test`, name: 'By staff' });
    expect(c.emailConfirmed).toBe(true);
    await expect(createContact(deps(), { actor: FIXTURE_MANAGER, customerId: w.customerId, email: other.authorized.email, name: 'Dup' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
