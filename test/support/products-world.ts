import { eq } from 'drizzle-orm';
import { contacts, maintenanceNoticeDeliveries, outboxMessages } from '../../src/storage/schema/index.js';
import type { AuthHeaders, TestApp } from './app.js';
import { createTicketWorld, type TicketWorld } from './ticket-world.js';

/**
 * Issue 8 fixtures: the Athento and Altanet products presets imported over
 * HTTP, two customers (A, B) from the ticket world with contacts in Spanish
 * (A's administrator switched to English, B's to Greek), and staff sessions.
 */
export interface ProductsWorld {
  manager: AuthHeaders & { id: string };
  admin: AuthHeaders & { id: string };
  types: Record<string, string>;
  a: TicketWorld;
  b: TicketWorld;
  /** Moves the clock and signs the staff in again (sessions expire after 12 h). */
  at(instant: string): Promise<void>;
}

let seq = 0;

export async function createProductsWorld(t: TestApp): Promise<ProductsWorld> {
  const n = ++seq;
  const emails = { manager: `pw-manager-${n}@vendor.test`, admin: `pw-admin-${n}@vendor.test` };
  const manager = await t.staff('manager', emails.manager);
  const admin = await t.staff('admin', emails.admin);
  for (const name of ['athento', 'altanet']) {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/admin/product-presets/${name}/import`, headers: manager });
    if (res.statusCode !== 200) throw new Error(`import ${name}: ${res.statusCode} ${res.body}`);
  }
  const types = Object.fromEntries(
    ((await t.app.inject({ method: 'GET', url: '/api/v1/admin/maintenance-types', headers: manager })).json().items as { code: string; id: string }[]).map((x) => [x.code, x.id]),
  );
  const a = await createTicketWorld(t.deps);
  const b = await createTicketWorld(t.deps, { withSeverities: false });
  await t.deps.db.update(contacts).set({ locale: 'en' }).where(eq(contacts.id, a.admin.id));
  await t.deps.db.update(contacts).set({ locale: 'el' }).where(eq(contacts.id, b.admin.id));
  const at = async (instant: string) => {
    t.clock.set(instant);
    Object.assign(manager, await t.login(emails.manager));
    Object.assign(admin, await t.login(emails.admin));
  };
  return { manager, admin, types, a, b, at };
}

/** Outbox messages of one template sent to one contact, oldest first. */
export async function mailTo(t: TestApp, contactId: string, template: string) {
  const rows = await t.deps.db.select().from(outboxMessages).where(eq(outboxMessages.recipientId, contactId));
  return rows.filter((r) => r.template === template).sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.subject.localeCompare(y.subject));
}

/** Ledger rows of one notice (R-M1: once per notice and contact). */
export async function deliveriesOf(t: TestApp, noticeId: string) {
  return t.deps.db.select().from(maintenanceNoticeDeliveries).where(eq(maintenanceNoticeDeliveries.noticeId, noticeId));
}
