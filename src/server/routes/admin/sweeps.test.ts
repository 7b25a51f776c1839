import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSweepFailure } from '../../../storage/sweep-failures.queries.js';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';

/** Issue 14, item 3: administrators see what the worker quarantined, with the error. */
describe.each(ENGINES)('worker quarantine admin API on %s', (engine) => {
  let t: TestApp;
  let admin: AuthHeaders;
  let manager: AuthHeaders;
  let agent: AuthHeaders;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.staff('admin');
    manager = await t.staff('manager');
    agent = await t.staff('agent');
    const fail = (itemId: string, maxAttempts: number) =>
      recordSweepFailure(t.deps.db, { sweep: 'sla.sweep-due', itemId, error: `Error: boom ${itemId}`, now: t.clock.now(), retryAt: () => t.clock.now(), maxAttempts });
    await fail('ticket-quarantined', 1);
    await fail('ticket-retrying', 5);
  });
  afterAll(() => t.close());

  const list = (h: AuthHeaders) => t.app.inject({ method: 'GET', url: '/api/v1/admin/worker/quarantine', headers: h });
  const release = (h: AuthHeaders, itemId: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/admin/worker/quarantine/release', headers: h, payload: { sweep: 'sla.sweep-due', itemId } });

  it('lists only quarantined items with their error to managers and admins, not to agents', async () => {
    const res = await list(manager);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, items: [{ sweep: 'sla.sweep-due', itemId: 'ticket-quarantined', attempts: 1, lastError: 'Error: boom ticket-quarantined' }] });
    expect((await list(agent)).statusCode).toBe(403);
  });

  it('lets an admin hand an item back once; a manager may not', async () => {
    expect((await release(manager, 'ticket-quarantined')).statusCode).toBe(403);
    expect((await release(admin, 'ticket-retrying')).json().error.code).toBe('NOT_FOUND');
    expect((await release(admin, 'ticket-quarantined')).statusCode).toBe(200);
    expect((await list(admin)).json().total).toBe(0);
  });
});
