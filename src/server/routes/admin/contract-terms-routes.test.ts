import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER } from '../../../../test/support/ticket-world.js';
import { createPlan } from '../../../usecases/plans/create-plan.js';

// Issue 12 items 3 and 4 over HTTP: the cap choice on a plan change (R-C2) and per-category overrides (R-P1).
describe.each(ENGINES)('contract terms over HTTP on %s (R-C2, R-P1)', (engine) => {
  let t: TestApp;
  let manager: AuthHeaders;
  let agent: AuthHeaders;
  beforeAll(async () => {
    t = await createTestApp(engine);
    manager = await t.staff('manager');
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());
  const inject = (method: 'GET' | 'PATCH', url: string, headers: AuthHeaders, payload?: object) => t.app.inject({ method, url, headers, payload });

  it('a plan change beyond the cap is 409 CONTACT_CAP_CHOICE_REQUIRED with the contacts and the cap; keepAuthorized applies it', async () => {
    const w = await createTicketWorld(t.deps);
    const { plan } = await createPlan(t.deps, { actor: FIXTURE_MANAGER, code: 'http-cap-1', name: 'One', effectiveFrom: '2020-01-01', terms: { calendarId: w.calendarId, maxAuthorizedContacts: 1 } });
    const asked = await inject('PATCH', `/api/v1/admin/contracts/${w.contractId}`, manager, { planId: plan.id });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error).toMatchObject({ code: 'CONTACT_CAP_CHOICE_REQUIRED', details: { cap: 1 } });
    expect(asked.json().error.details.authorized).toHaveLength(2);
    const done = await inject('PATCH', `/api/v1/admin/contracts/${w.contractId}`, manager, { planId: plan.id, keepAuthorized: [w.admin.id] });
    expect(done.statusCode).toBe(200);
    expect(done.json().planId).toBe(plan.id);
    expect((await inject('PATCH', `/api/v1/admin/contracts/${w.contractId}`, agent, { planId: plan.id, keepAuthorized: [] })).statusCode).toBe(403);
  });

  it('billing terms take per-category overrides; an unknown category is 400 with its path', async () => {
    const w = await createTicketWorld(t.deps);
    const url = `/api/v1/admin/contracts/${w.contractId}/billing-terms`;
    const ok = await inject('PATCH', url, manager, { categoryOverrides: { bug: 'billable', advice: 'free' } });
    expect(ok.statusCode).toBe(200);
    expect((await inject('GET', url, manager)).json().categoryOverrides).toEqual({ bug: 'billable', advice: 'free' });
    const bad = await inject('PATCH', url, manager, { categoryOverrides: { upgrades: 'free' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('categoryOverrides');
  });
});
