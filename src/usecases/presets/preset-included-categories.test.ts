import { describe, expect, it } from 'vitest';
import { loadPreset } from './load-preset.js';
import { computeChargeability, type ContractBillingFacts } from '../../core/billing/chargeability.js';
import { resolvePresetPlans } from '../../core/catalogue/preset-plan-terms.js';

const none: ContractBillingFacts = {
  hasUpdateSubscription: false, vendorHosted: false, hasServiceContract: false, configurationTakeoverDate: null, freeConfigurationTasksLeft: 0, ticketHoldsFreeTask: false,
};
const plans = Object.fromEntries(['athento-es', 'athento-en', 'altanet'].flatMap((p) => resolvePresetPlans(loadPreset(p)).map((x) => [x.code, x.terms])));
const on = (code: string, category: 'bug' | 'advice') => computeChargeability(category, { ...none, planIncludes: plans[code]!.freeCategories }, '2026-03-01');

// Issue 12 item 4: seeds 001/003 include bug correction in every Athento plan; seed 002 includes
// non-bug requests (questions, instructions) from Altanet Standard up, and bug reports at every level.
describe('preset plans include what the seeds say (R-P1)', () => {
  it('every Athento plan includes bug correction (seeds 001, 003)', () => {
    const athento = Object.keys(plans).filter((c) => c.startsWith('athento-'));
    expect(athento).toHaveLength(8);
    for (const code of athento) expect(on(code, 'bug'), code).toMatchObject({ billable: false, reasonKey: 'included_in_plan' });
  });

  it('Altanet: questions are free from Standard up, billed on Entry; bugs are free at every level (seed 002)', () => {
    expect(on('altanet-entry', 'advice')).toMatchObject({ billable: true });
    expect(on('altanet-standard', 'advice')).toMatchObject({ billable: false, reasonKey: 'included_in_plan' });
    expect(on('altanet-premium', 'advice')).toMatchObject({ billable: false, reasonKey: 'included_in_plan' });
    for (const code of ['altanet-entry', 'altanet-standard', 'altanet-premium']) expect(on(code, 'bug'), code).toMatchObject({ billable: false });
  });
});
