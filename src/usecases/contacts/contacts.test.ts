import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { manualClock } from '../../core/clock.js';
import { rowsOf } from '../../storage/migrate.js';
import { ENGINES, createTestStorage, type TestStorage } from '../../../test/support/engines.js';
import { makeCustomer, makeCustomerOnPlan, staff, uniq } from '../../../test/support/catalogue-fixtures.js';
import { archiveContact } from './archive-contact.js';
import { createContact } from './create-contact.js';
import { getContact } from './get-contact.js';
import { listContacts } from './list-contacts.js';
import { updateContact } from './update-contact.js';
import type { Actor } from '../../core/actor.js';

const email = () => `${uniq('c')}@customer.test`;

describe.each(ENGINES)('contacts on %s (R-C2, 002)', (engine) => {
  let t: TestStorage;
  const clock = manualClock('2026-11-21T10:00:00Z');
  const deps = () => ({ db: t.storage.db, clock });
  beforeAll(async () => {
    t = await createTestStorage(engine);
  });
  afterAll(() => t.dispose());

  it('R-C2: the plan caps authorized contacts with CONTACT_CAP_REACHED; unauthorized contacts are not capped', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), 2);
    for (let i = 0; i < 2; i++) await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'A', isAuthorized: true });
    await expect(createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'B', isAuthorized: true })).rejects.toMatchObject({
      code: 'CONTACT_CAP_REACHED',
      details: { cap: 2, authorized: 2 },
    });
    const plain = await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'C' });
    await expect(updateContact(deps(), { actor: staff(), customerId: customer.id, id: plain.id, isAuthorized: true })).rejects.toMatchObject({
      code: 'CONTACT_CAP_REACHED',
    });
  });

  it('R-C2: an archived contact frees its place; a null cap is unlimited; no contract means nobody is authorized', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), 1);
    const a = await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'A', isAuthorized: true });
    await archiveContact(deps(), { actor: staff(), customerId: customer.id, id: a.id });
    await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'B', isAuthorized: true });

    const open = await makeCustomerOnPlan(deps(), null);
    for (let i = 0; i < 5; i++) await createContact(deps(), { actor: staff(), customerId: open.customer.id, email: email(), name: 'U', isAuthorized: true });

    const bare = await makeCustomer(deps());
    await expect(createContact(deps(), { actor: staff(), customerId: bare.id, email: email(), name: 'N', isAuthorized: true })).rejects.toMatchObject({
      code: 'CONTACT_CAP_REACHED',
      details: { reason: 'no_contract' },
    });
  });

  it('R-C2: concurrent creates never exceed the cap (customer row locked FOR UPDATE)', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), 3);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'P', isAuthorized: true })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONTACT_CAP_REACHED' });
    const page = await listContacts(deps(), { actor: staff(), customerId: customer.id, authorized: true });
    expect(page.total).toBe(3);
  });

  it('002: naming a new administrator demotes the previous one in the same transaction', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), null);
    const first = await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'First', isAdministrator: true });
    const second = await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'Second', isAdministrator: true });
    expect((await getContact(deps(), { actor: staff(), customerId: customer.id, id: first.id })).isAdministrator).toBe(false);
    const third = await createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'Third' });
    await updateContact(deps(), { actor: staff(), customerId: customer.id, id: third.id, isAdministrator: true });
    const admins = (await listContacts(deps(), { actor: staff(), customerId: customer.id })).items.filter((c) => c.isAdministrator);
    expect(admins.map((c) => c.id)).toEqual([third.id]);
    expect(second.isAdministrator).toBe(true);
  });

  it('002: concurrent promotions leave exactly one administrator', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), null);
    await Promise.allSettled(
      Array.from({ length: 5 }, () => createContact(deps(), { actor: staff(), customerId: customer.id, email: email(), name: 'X', isAdministrator: true })),
    );
    const res = await t.storage.db.execute(sql`SELECT count(*)::int AS n FROM contacts WHERE customer_id = ${customer.id} AND is_administrator AND archived_at IS NULL`);
    expect(rowsOf<{ n: number }>(res)[0]?.n).toBe(1);
  });

  it('emails are unique across live contacts (case-insensitive) and staff users', async () => {
    const { customer } = await makeCustomerOnPlan(deps(), null);
    const e = email();
    await createContact(deps(), { actor: staff(), customerId: customer.id, email: e, name: 'A' });
    await expect(createContact(deps(), { actor: staff(), customerId: customer.id, email: e.toUpperCase(), name: 'B' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'email' }],
    });
    await t.storage.db.execute(sql`INSERT INTO users (email, name, role) VALUES ('agent.x@vendor.test', 'Agent X', 'agent')`);
    await expect(createContact(deps(), { actor: staff(), customerId: customer.id, email: 'Agent.X@vendor.test', name: 'C' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it("RULES §1: a contact cannot read or change another customer's contacts (NOT_FOUND); only the administrator contact edits", async () => {
    const a = await makeCustomerOnPlan(deps(), 5);
    const b = await makeCustomerOnPlan(deps(), 5);
    const adminA = await createContact(deps(), { actor: staff(), customerId: a.customer.id, email: email(), name: 'Admin A', isAdministrator: true, isAuthorized: true });
    const plainA = await createContact(deps(), { actor: staff(), customerId: a.customer.id, email: email(), name: 'Plain A' });
    const contactB = await createContact(deps(), { actor: staff(), customerId: b.customer.id, email: email(), name: 'B' });
    const asContact = (c: typeof adminA): Actor => ({ kind: 'contact', id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: 'en', timeZone: 'UTC' });
    const actorA = asContact(adminA);
    await expect(getContact(deps(), { actor: actorA, customerId: b.customer.id, id: contactB.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getContact(deps(), { actor: actorA, customerId: a.customer.id, id: contactB.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateContact(deps(), { actor: actorA, customerId: a.customer.id, id: contactB.id, name: 'hijack' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listContacts(deps(), { actor: actorA, customerId: b.customer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // the administrator contact authorizes a colleague, but may not hand out the administrator role
    expect((await updateContact(deps(), { actor: actorA, customerId: a.customer.id, id: plainA.id, isAuthorized: true })).isAuthorized).toBe(true);
    await expect(updateContact(deps(), { actor: actorA, customerId: a.customer.id, id: plainA.id, isAdministrator: true })).rejects.toMatchObject({
      code: 'FIELD_NOT_ALLOWED',
    });
    await expect(createContact(deps(), { actor: asContact(plainA), customerId: a.customer.id, email: email(), name: 'N' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
