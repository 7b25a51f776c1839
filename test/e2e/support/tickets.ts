import type { Page } from 'playwright-core';
import type { Actor } from '../../../src/core/actor.js';
import type { PlanTerms } from '../../../src/core/catalogue/plan-terms-schema.js';
import type { CalendarSpec } from '../../../src/core/time/index.js';
import { findContactRowByEmail } from '../../../src/storage/contacts.queries.js';
import { registerTicket } from '../../../src/usecases/tickets/register-ticket.js';
import { createContact } from '../../../src/usecases/contacts/create-contact.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../support/ticket-world.js';
import { E2E_PASSWORD, type E2eServer } from './e2e-server.js';
import type { Lang } from './tr.js';

const INTL: Record<Lang, string> = { en: 'en-GB', es: 'es-ES', el: 'el-GR' };

let seq = 0;

/** A ticket world (severities, Madrid calendar, plan, customer, contract) plus a contact who signs in in a language and zone. */
export async function ticketWorld(
  server: E2eServer,
  opts: { terms?: Partial<PlanTerms>; lang?: Lang; timeZone?: string; administrator?: boolean; calendar?: CalendarSpec } = {},
): Promise<TicketWorld & { contact: { id: string; email: string; name: string; timeZone: string } }> {
  const year = server.clock.now().getUTCFullYear();
  const world = await createTicketWorld(server.deps, { terms: opts.terms, startDate: `${year}-01-01`, ...(opts.calendar ? { calendar: opts.calendar } : {}) });
  const n = ++seq;
  const timeZone = opts.timeZone ?? 'Europe/Madrid';
  const name = { en: 'Jane Contact', es: 'Lucía Fernández', el: 'Ελένη Παππά' }[opts.lang ?? 'en'];
  const email = `contact${n}-${Date.now()}@customer.test`;
  const c = await createContact(server.deps, {
    actor: FIXTURE_MANAGER,
    customerId: world.customerId,
    email,
    name,
    locale: opts.lang ?? 'en',
    timeZone,
    isAuthorized: true,
    isAdministrator: opts.administrator ?? false,
    password: E2E_PASSWORD,
  } as Parameters<typeof createContact>[1]);
  return { ...world, contact: { id: c.id, email, name, timeZone } };
}

/** The due time as the SPA writes it ("Monday 23 Nov, 10:00" in en-GB), in a language and zone. */
export function dueText(lang: Lang, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[lang], { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** Reads a JSON API path with the page's session cookie. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(`/api/v1${p}`, { credentials: 'same-origin' })).json()) as T, path) as Promise<T>;
}

/** Files a ticket as a contact through the registration use case, optionally at an instant in the past. */
export async function fileTicket(
  server: E2eServer,
  email: string,
  input: { subject: string; body: { text?: string; html?: string }; severity: string; at?: Date },
): Promise<{ id: string; actor: Extract<Actor, { kind: 'contact' }> }> {
  const c = (await findContactRowByEmail(server.deps.db, email))!;
  const actor = { kind: 'contact' as const, id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
  const real = server.clock.now();
  if (input.at) server.clock.set(input.at);
  try {
    const r = await registerTicket(server.deps, { actor, channel: 'portal', requesterId: actor.id, subject: input.subject, body: input.body, severity: input.severity });
    if (r.kind !== 'registered') throw new Error(`ticket refused: ${r.code}`);
    return { id: r.ticket.id, actor };
  } finally {
    server.clock.set(real);
  }
}
