import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import { ENGINES, createTestStorage, type TestStorage } from '../../../test/support/engines.js';
import { ensureSeverity, makePlan, staff } from '../../../test/support/catalogue-fixtures.js';
import { createPlanVersion } from './create-plan-version.js';
import { findPlanVersionOn } from './find-plan-version-on.js';
import { getPlan } from './get-plan.js';
import { getPlanVersion } from './get-plan-version.js';
import { listPlanVersions } from './list-plan-versions.js';
import { SYSTEM_ACTOR } from '../../core/actor.js';

describe.each(ENGINES)('plan versions on %s (R-P2)', (engine) => {
  let t: TestStorage;
  const clock = manualClock('2026-11-21T10:00:00Z');
  const deps = () => ({ db: t.storage.db, clock });
  beforeAll(async () => {
    t = await createTestStorage(engine);
    await ensureSeverity(deps(), 'blocker');
  });
  afterAll(() => t.dispose());

  it('R-P2: an edit creates version 2; version 1 stays readable; the version in force follows the date', async () => {
    const plan = await makePlan(deps(), { ticketsPerYear: 50, targets: { blocker: { response: { kind: 'business_minutes', minutes: 360, indicative: false } } } });
    const v2 = await createPlanVersion(deps(), { actor: staff('manager'), planId: plan.id, effectiveFrom: '2027-01-01', terms: { ticketsPerYear: 60 } });
    expect(v2.version).toBe(2);
    expect(v2.terms.ticketsPerYear).toBe(60);
    // fields not given are copied from the latest version
    expect(v2.terms.targets).toEqual({ blocker: { response: { kind: 'business_minutes', minutes: 360, indicative: false } } });
    const v1 = await getPlanVersion(deps(), { actor: SYSTEM_ACTOR, planId: plan.id, version: 1 });
    expect(v1.terms.ticketsPerYear).toBe(50);
    expect((await findPlanVersionOn(deps(), { actor: SYSTEM_ACTOR, planId: plan.id, date: '2026-12-31' }))?.version).toBe(1);
    expect((await findPlanVersionOn(deps(), { actor: SYSTEM_ACTOR, planId: plan.id, date: '2027-01-01' }))?.version).toBe(2);
    expect(await findPlanVersionOn(deps(), { actor: SYSTEM_ACTOR, planId: plan.id, date: '2019-12-31' })).toBeNull();
    expect((await getPlan(deps(), { actor: SYSTEM_ACTOR, id: plan.id })).current?.version).toBe(1);
    expect((await listPlanVersions(deps(), { actor: SYSTEM_ACTOR, planId: plan.id })).map((v) => v.version)).toEqual([1, 2]);
  });

  it('R-P2: refuses an effective date before today or not after the latest version, with EFFECTIVE_DATE_TOO_EARLY', async () => {
    const plan = await makePlan(deps());
    await expect(createPlanVersion(deps(), { actor: staff(), planId: plan.id, effectiveFrom: '2026-11-20', terms: {} })).rejects.toMatchObject({
      code: 'EFFECTIVE_DATE_TOO_EARLY',
      details: { minimum: '2026-11-21' },
    });
    await createPlanVersion(deps(), { actor: staff(), planId: plan.id, effectiveFrom: '2026-12-01', terms: {} });
    await expect(createPlanVersion(deps(), { actor: staff(), planId: plan.id, effectiveFrom: '2026-12-01', terms: {} })).rejects.toMatchObject({
      code: 'EFFECTIVE_DATE_TOO_EARLY',
      details: { minimum: '2026-12-02', latest: '2026-12-01' },
    });
    // default: the earliest allowed date
    const v = await createPlanVersion(deps(), { actor: staff(), planId: plan.id, terms: { highPriority: true } });
    expect(v.effectiveFrom).toBe('2026-12-02');
  });

  it('R-P1: terms naming an unknown severity or calendar are INVALID_PLAN with the field path, and nothing is written', async () => {
    const plan = await makePlan(deps());
    await expect(
      createPlanVersion(deps(), { actor: staff(), planId: plan.id, terms: { targets: { nope: { response: { kind: 'estimate', indicative: false } } } } }),
    ).rejects.toMatchObject({ code: 'INVALID_PLAN', details: [{ path: 'terms.targets.nope' }] });
    expect(await listPlanVersions(deps(), { actor: SYSTEM_ACTOR, planId: plan.id })).toHaveLength(1);
  });

  it('agents may not edit plans (FORBIDDEN)', async () => {
    const plan = await makePlan(deps());
    await expect(createPlanVersion(deps(), { actor: staff('agent'), planId: plan.id, terms: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
