import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../storage/schema/index.js';
import { markOutboxFailed, markOutboxSent } from '../../../storage/outbox.queries.js';
import { markOutboxBounced } from '../../../storage/mail-outbox.queries.js';
import { deliverOutbox } from '../../../usecases/mail/deliver-outbox.js';
import { ingestEmail } from '../../../usecases/mail/ingest-email.js';
import { SILENT_LOG } from '../../../usecases/mail/mail-deps.js';
import { queueEmail } from '../../../usecases/notifications/queue-email.js';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { rawMail } from '../../../../test/support/mail-fixtures.js';

describe.each(ENGINES)('mail admin API on %s', (engine) => {
  let t: TestApp;
  let admin: AuthHeaders & { id: string };
  let manager: AuthHeaders & { id: string };
  let agent: AuthHeaders & { id: string };
  const queue = async (subject: string) =>
    (await queueEmail(t.deps.db, t.clock.now(), {
      recipient: { kind: 'address', id: null, address: 'reader@customer.test', name: 'Reader', locale: 'en', timeZone: 'UTC' },
      template: 'test', rendered: { subject, text: `${subject} text`, html: `<p>${subject}</p>` }, headers: { 'Auto-Submitted': 'auto-generated' },
    }))!;
  beforeAll(async () => {
    // The embedded default: no SMTP server, so mail is kept.
    t = await createTestApp(engine, { MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test', SMTP_PASSWORD: 'never-shown' });
    admin = await t.staff('admin');
    manager = await t.staff('manager');
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  it('with no SMTP server mail is kept and readable in the outbox, with the headers it would be sent with', async () => {
    const row = await queue('Kept one');
    await deliverOutbox({ db: t.deps.db, clock: t.clock, transport: null, log: SILENT_LOG, settings: t.deps.config.mail }, { batch: 50 });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/outbox?status=kept', headers: manager });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(row.id);
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/admin/mail/outbox/${row.id}`, headers: admin });
    expect(one.json()).toMatchObject({
      status: 'kept', subject: 'Kept one', text: 'Kept one text',
      headers: { messageId: `<cd.${row.id}.none@desk.test>`, from: '"Support" <support@desk.test>', extra: { 'Auto-Submitted': 'auto-generated' } },
    });
  });

  it('a permanent failure shows the server answer; an admin retries it (audited), once', async () => {
    const row = await queue('Failed one');
    await markOutboxFailed(t.deps.db, row.id, '550 5.1.1 <reader@customer.test>: User unknown');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/outbox?status=failed', headers: admin });
    expect(list.json().items.find((i: { id: string }) => i.id === row.id)).toMatchObject({ lastError: '550 5.1.1 <reader@customer.test>: User unknown', attempts: 1 });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/admin/mail/outbox/${row.id}/retry`, headers: manager })).statusCode).toBe(403);
    const retry = await t.app.inject({ method: 'POST', url: `/api/v1/admin/mail/outbox/${row.id}/retry`, headers: admin });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'pending', nextAttemptAt: t.clock.now().toISOString() });
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.objectId, row.id));
    expect(audit).toMatchObject([{ action: 'outbox.retried', actorId: admin.id, details: { from: 'failed' } }]);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/admin/mail/outbox/${row.id}/retry`, headers: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/outbox/00000000-0000-4000-8000-000000000000', headers: admin })).statusCode).toBe(404);
  });

  it('lists bounced mail with the bounce instant and the answer, and refuses to retry it', async () => {
    const row = await queue('Bounced one');
    await markOutboxSent(t.deps.db, row.id, t.clock.now());
    expect(await markOutboxBounced(t.deps.db, row.id, t.clock.now(), 'Bounced: 5.1.1 User unknown')).toBe(true);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/outbox?status=bounced', headers: manager });
    expect(list.json().items).toMatchObject([{ id: row.id, status: 'bounced', bouncedAt: t.clock.now().toISOString(), lastError: 'Bounced: 5.1.1 User unknown' }]);
    const retry = await t.app.inject({ method: 'POST', url: `/api/v1/admin/mail/outbox/${row.id}/retry`, headers: admin });
    expect(retry.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('lists inbound mail with what became of it', async () => {
    const r = await ingestEmail(
      { db: t.deps.db, clock: t.clock, blobs: t.deps.blobs, log: SILENT_LOG, settings: t.deps.config.mail, attachmentMaxBytes: t.deps.config.attachmentMaxBytes },
      { mailbox: 'smtp', raw: rawMail({ from: 'nobody@unknown.test', subject: 'Who am I' }) },
    );
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/inbound?status=refused', headers: manager });
    expect(list.json().items[0]).toMatchObject({ id: r.inboundId, status: 'refused', reason: 'UNKNOWN_SENDER', from: { address: 'nobody@unknown.test' }, subject: 'Who am I' });
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/admin/mail/inbound/${r.inboundId}`, headers: admin });
    expect(one.json()).toMatchObject({ unentitledRequestId: r.unentitledRequestId, deliveries: 1 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/inbound?status=bogus', headers: admin })).statusCode).toBe(400);
  });

  it('lists unparseable inbound mail with the reason, filtered by status (issue 13 item 2)', async () => {
    const raw = Buffer.from(`From: Ann <ann@customer.test>\r\nSubject: Too many headers\r\n${'X-Pad: a\r\n'.repeat(200_000)}\r\nhello\r\n`);
    const r = await ingestEmail(
      { db: t.deps.db, clock: t.clock, blobs: t.deps.blobs, log: SILENT_LOG, settings: t.deps.config.mail, attachmentMaxBytes: t.deps.config.attachmentMaxBytes },
      { mailbox: 'smtp', raw },
    );
    expect(r).toMatchObject({ status: 'unparseable', reason: 'malformed', duplicate: false });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/inbound?status=unparseable', headers: manager });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: r.inboundId, status: 'unparseable', reason: 'malformed', from: { address: 'ann@customer.test' }, subject: 'Too many headers', raw: { sizeBytes: raw.length } }] });
  });

  it('shows the settings in force, never a password; agents and anonymous callers are turned away', async () => {
    const s = await t.app.inject({ method: 'GET', url: '/api/v1/admin/mail/settings', headers: admin });
    expect(s.json()).toMatchObject({ outbound: { mode: 'kept' }, replyAddress: 'support+{token}@desk.test', inboundSmtp: null, imap: null });
    expect(s.body).not.toContain('never-shown');
    for (const url of ['/api/v1/admin/mail/outbox', '/api/v1/admin/mail/inbound', '/api/v1/admin/mail/settings']) {
      expect((await t.app.inject({ method: 'GET', url, headers: agent })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});
