import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { findPlanRowByCode } from '../../../storage/plans.queries.js';

describe.each(ENGINES)('SLA preview on %s (R-S1, R-T3)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers "a Blocker registered on Friday at 19:00 on Enterprise: when is it due?"', async () => {
    const manager = await t.staff('manager');
    await t.app.inject({ method: 'POST', url: '/api/v1/admin/presets/athento-es/import', headers: manager });
    const plan = (await findPlanRowByCode(t.deps.db, 'athento-es-enterprise'))!;
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/sla/preview', headers: manager,
      payload: { planId: plan.id, severity: 'blocker', registeredAt: '2026-11-20T18:00:00Z' }, // Friday 19:00 Madrid
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Enterprise 08:00–20:00: one hour on Friday (19–20), one on Monday (08–09) → response due Monday 09:00 Madrid.
    expect(body.response).toMatchObject({ dueAt: '2026-11-23T08:00:00.000Z', budgetSeconds: 7200 });
    expect(body.response.explanation.intervals).toHaveLength(2);
    // Resolution 4 h: Friday 19–20, then Monday 08:00–11:00.
    expect(body.resolution.dueAt).toBe('2026-11-23T10:00:00.000Z');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/sla/preview', headers: manager, payload: { planId: plan.id, severity: 'nope', registeredAt: '2026-11-20T18:00:00Z' } });
    expect(bad.json().error.code).toBe('INVALID_SEVERITY');
  });
});
