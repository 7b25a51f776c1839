import { SYSTEM_ACTOR, type Actor, type StaffRole } from '../../src/core/actor.js';
import type { Clock } from '../../src/core/clock.js';
import type { Db } from '../../src/storage/db.js';
import { findContactRow } from '../../src/storage/contacts.queries.js';
import type { Category } from '../../src/storage/schema/tickets.js';
import { registerTicket } from '../../src/usecases/tickets/register-ticket.js';
import { createUser } from '../../src/usecases/users/create-user.js';
import { createTicketWorld, type TicketWorld } from './ticket-world.js';

let seq = 0;

/** A real vendor user (time entries reference users) as an Actor. */
export async function staffActor(deps: { db: Db; clock: Clock }, role: StaffRole, locale: 'en' | 'es' | 'el' = 'en'): Promise<Extract<Actor, { kind: 'user' }>> {
  const email = `${role}-billing-${++seq}-${Math.random().toString(36).slice(2, 8)}@vendor.test`;
  const { user } = await createUser(deps, { actor: SYSTEM_ACTOR, email, name: `${role} ${seq}`, role, password: 'correct horse battery staple', locale });
  return { kind: 'user', id: user.id, role, name: user.name, email, locale, timeZone: 'UTC' };
}

/** A contact of the world as an Actor. */
export async function contactActor(db: Db, w: TicketWorld, who: 'admin' | 'authorized' | 'unauthorized'): Promise<Extract<Actor, { kind: 'contact' }>> {
  const c = (await findContactRow(db, w.customerId, w[who].id))!;
  return { kind: 'contact', id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
}

export interface BillingWorld extends TicketWorld {
  /** Files a ticket through the portal as the authorized contact, at the clock's now, classified. */
  file(category: Category | null, subject?: string): Promise<string>;
}

/** The ticket world (Madrid calendar, customer in Spanish, contract from 2026-01-01) with a ticket helper. */
export async function createBillingWorld(deps: { db: Db; clock: Clock }, opts: Parameters<typeof createTicketWorld>[1] = {}): Promise<BillingWorld> {
  const w = await createTicketWorld(deps, opts);
  const requester = await contactActor(deps.db, w, 'authorized');
  return {
    ...w,
    async file(category, subject = 'Please help') {
      const r = await registerTicket(deps, { actor: requester, channel: 'portal', requesterId: requester.id, subject, body: { text: 'Details.' }, severity: 'major', category });
      if (r.kind !== 'registered') throw new Error(`refused: ${r.code}`);
      return r.ticket.id;
    },
  };
}
