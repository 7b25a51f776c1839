import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { insertContact, insertCustomer } from '../../../../test/support/fixtures.js';

describe.each(ENGINES)('staff directory on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('names every vendor user for a plain agent, flags the archived ones, and shows no email', async () => {
    const admin = await t.staff('admin', 'zoe.admin@vendor.test');
    const agent = await t.staff('agent', 'ana.agent@vendor.test');
    const gone = await t.staff('agent', 'bruno.former@vendor.test');
    const archive = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${gone.id}/archive`, headers: admin });
    expect(archive.statusCode).toBe(200);

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/agent/staff', headers: agent });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: Array<Record<string, unknown>> };
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(admin.id)).toMatchObject({ role: 'admin', archived: false });
    expect(byId.get(agent.id)).toMatchObject({ role: 'agent', archived: false });
    expect(byId.get(gone.id)).toMatchObject({ role: 'agent', archived: true });
    expect(items.map((i) => i.name)).toEqual([...items.map((i) => i.name as string)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const i of items) expect(Object.keys(i).sort()).toEqual(['archived', 'id', 'name', 'role']);
    expect(res.body).not.toContain('@vendor.test');
  });

  it('is refused to a customer contact', async () => {
    const customer = await insertCustomer(t.deps.db);
    const contact = await insertContact(t.deps.db, customer.id, { administrator: true });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/agent/staff', headers: await t.login(contact.email) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});
