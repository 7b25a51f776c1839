import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import { listOutboxRows } from '../../storage/outbox.queries.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { contactActor } from '../../core/actor.js';
import { addTicketNote } from '../tickets/add-ticket-note.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { Scope } from '../../core/scope.js';

describe.each(ENGINES)('ticket mail hooks on %s', (engine) => {
  let store: TestStorage;
  let db: Db;
  let w: TicketWorld;
  const clock = manualClock('2026-11-20T10:00:00Z');
  const mailsFor = async (ticketId: string) => (await listOutboxRows(db, { ticketId }, { limit: 50, offset: 0 })).rows;

  beforeAll(async () => {
    store = await createTestStorage(engine);
    db = store.storage.db;
    w = await createTicketWorld({ db, clock });
  });
  afterAll(() => store.dispose());

  const register = async () => {
    const actor = contactActor((await findContactRowByEmail(db, w.authorized.email))!);
    const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: actor.id!, subject: 'Slow search', body: { text: 'Search takes a minute.' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error('refused');
    return { ticket: r.ticket, actor };
  };

  it('every registration queues one automatic acknowledgement in its transaction; it is not a first response (R-K4)', async () => {
    const { ticket } = await register();
    const mails = await mailsFor(ticket.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'acknowledgement', dedupeKey: `ack:${ticket.id}`, toAddress: w.authorized.email, recipientKind: 'contact', recipientId: w.authorized.id, status: 'pending' });
    expect(mails[0]!.headers).toEqual({ 'Auto-Submitted': 'auto-replied' });
    const t = (await findTicketRow(db, Scope.system, ticket.id))!;
    expect(t.firstResponseAt).toBeNull();
    expect(t.status).toBe('new');
    expect(t.responseDueAt).not.toBeNull();
    // Due time in the contact's zone (Europe/Madrid) and language (es).
    const when = new Intl.DateTimeFormat('es-ES', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Madrid' }).format(t.responseDueAt!);
    expect(mails[0]!.textBody).toContain(when);
  });

  it('a refused registration queues no acknowledgement', async () => {
    const actor = contactActor((await findContactRowByEmail(db, w.unauthorized.email))!);
    const before = (await listOutboxRows(db, {}, { limit: 1, offset: 0 })).total;
    const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: actor.id!, subject: 'x', body: { text: 'y' }, severity: 'major' });
    expect(r.kind).toBe('refused');
    expect((await listOutboxRows(db, {}, { limit: 1, offset: 0 })).total).toBe(before);
  });

  it('a staff public reply emails the requester; a contact reply and an internal note email no one', async () => {
    const { ticket, actor } = await register();
    await replyToTicket({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, body: { text: 'Which browser?' }, status: 'pending' });
    await replyToTicket({ db, clock }, { actor, ticketId: ticket.id, body: { text: 'Firefox.' } });
    await addTicketNote({ db, clock }, { actor: FIXTURE_MANAGER, ticketId: ticket.id, body: { text: 'Customer uses Firefox, internal.' } });
    const mails = await mailsFor(ticket.id);
    expect(mails.map((m) => m.template).sort()).toEqual(['acknowledgement', 'agent-reply']);
    const reply = mails.find((m) => m.template === 'agent-reply')!;
    expect(reply).toMatchObject({ toAddress: w.authorized.email, locale: 'es' });
    expect(reply.textBody).toContain('Which browser?');
    expect(reply.textBody).not.toContain('internal');
    expect(reply.headers['Auto-Submitted']).toBeUndefined();
  });
});
