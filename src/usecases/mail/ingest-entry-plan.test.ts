import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { fileBlobStore } from '../../storage/blob-store.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { listOutboxRows } from '../../storage/outbox.queries.js';
import { findPlanRowByCode } from '../../storage/plans.queries.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { findUnentitledRow } from '../../storage/unentitled.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { rawMail } from '../../../test/support/mail-fixtures.js';
import { FIXTURE_MANAGER } from '../../../test/support/ticket-world.js';
import { createContact } from '../contacts/create-contact.js';
import { createContract } from '../contracts/create-contract.js';
import { createCustomer } from '../customers/create-customer.js';
import { importPreset } from '../presets/import-preset.js';
import { getTicket } from '../tickets/get-ticket.js';
import { listOfferedSeverities } from '../tickets/list-offered-severities.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { ingestEmail } from './ingest-email.js';
import { SILENT_LOG } from './mail-deps.js';
import { Scope } from '../../core/scope.js';

const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000f1', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };

/**
 * Issue 12 item 1 (R-S1, seed 002): Altanet Entry has no response or resolution terms and takes
 * bugs by email. Its tickets are registered and measured with no due time ("no commitment");
 * a sender who is not an authorized contact is refused politely and the request is kept (R-C2).
 */
describe.each(ENGINES)('Altanet Entry by email, through the real ingest, on %s (R-S1, R-C2)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-01T00:00:00Z');
  const config = parseConfig({ NODE_ENV: 'test', MAIL_FROM: 'Support <support@desk.test>', MAIL_REPLY_ADDRESS: 'support+{token}@desk.test' });
  const ingest = (from: string, subject: string) =>
    ingestEmail({ db, clock, blobs: fileBlobStore(`/tmp/coverdesk-entry-${engine}`), log: SILENT_LOG, settings: config.mail, attachmentMaxBytes: 1024 * 1024 }, { mailbox: 'smtp', raw: rawMail({ from, subject, text: 'The export module crashes.' }) });
  let customerId: string;
  let authorized: { id: string; email: string };
  let stranger: { id: string; email: string };

  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    const deps = { db, clock };
    await importPreset(deps, { name: 'altanet', actor: FIXTURE_MANAGER });
    const plan = (await findPlanRowByCode(db, 'altanet-entry'))!;
    const c = await createCustomer(deps, { actor: FIXTURE_MANAGER, code: 'entry', name: 'Entry Co', timeZone: 'Europe/Athens', locale: 'el' });
    customerId = c.id;
    await createContract(deps, { actor: FIXTURE_MANAGER, customerId: c.id, planId: plan.id, startDate: '2026-01-01' });
    authorized = await createContact(deps, { actor: FIXTURE_MANAGER, customerId: c.id, email: 'bugs@entry.test', name: 'Bugs', isAuthorized: true });
    stranger = await createContact(deps, { actor: FIXTURE_MANAGER, customerId: c.id, email: 'someone@entry.test', name: 'Someone', isAuthorized: false });
    clock.set('2026-11-18T08:00:00Z'); // Wednesday 10:00 Athens
  });
  afterAll(() => s.dispose());

  it('R-S1 Entry requests refused with INVALID_SEVERITY (regression): a bug report by email from an authorized contact opens a ticket with no commitment', async () => {
    const r = await ingest(authorized.email, 'Export crashes');
    expect(r.status).toBe('ticket_created');
    const row = (await findTicketRow(db, Scope.system, r.ticketId!))!;
    expect(row).toMatchObject({ channel: 'email', status: 'new', responseDueAt: null, resolutionDueAt: null, queueDueAt: null, responseState: 'not_applicable', resolutionState: 'not_applicable' });
    // Measured: two business hours later the elapsed time is there, still with no due time and no breach.
    clock.set('2026-11-18T10:00:00Z');
    const staff = (await getTicket({ db, clock }, { actor: AGENT, id: row.id })) as unknown as { clocks: { response: { state: string; dueAt: string | null; businessSecondsElapsed: number; nextEvent: unknown } } };
    expect(staff.clocks.response).toMatchObject({ state: 'not_applicable', dueAt: null, businessSecondsElapsed: 7200, nextEvent: null });
    const contact = (await findActor(db, 'contact', authorized.id))!;
    const seen = (await getTicket({ db, clock }, { actor: contact, id: row.id })) as unknown as { sla: { waiting: string; dueBy: string | null; commitment: boolean } };
    expect(seen.sla).toMatchObject({ waiting: 'on_us', dueBy: null, commitment: false });
  });

  it('R-S1 the support center offers every severity on a plan with no targets, and other channels are refused for the channel, not the severity', async () => {
    expect((await listOfferedSeverities({ db, clock }, { actor: SYSTEM_ACTOR, customerId })).items.length).toBeGreaterThan(0);
    const contact = (await findActor(db, 'contact', authorized.id))!;
    const r = await registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: authorized.id, subject: 'Via portal', body: { text: 'x' }, severity: 'normal' });
    expect(r).toMatchObject({ kind: 'refused', code: 'CHANNEL_NOT_IN_PLAN' });
  });

  it('R-C2 a sender who is not an authorized contact is refused politely, and the request is kept', async () => {
    const r = await ingest(stranger.email, 'Please fix');
    expect(r).toMatchObject({ status: 'refused', reason: 'NOT_AUTHORIZED_CONTACT' });
    expect(await findUnentitledRow(db, Scope.system, r.unentitledRequestId!)).toMatchObject({ subject: 'Please fix', reasonCode: 'NOT_AUTHORIZED_CONTACT', customerId });
    const refusal = (await listOutboxRows(db, {}, { limit: 50, offset: 0 })).rows.filter((m) => m.toAddress === stranger.email);
    expect(refusal).toHaveLength(1);
  });
});
