import { describe, expect, it } from 'vitest';
import { computeChargeability, type ContractBillingFacts } from './chargeability.js';

const none: ContractBillingFacts = {
  hasUpdateSubscription: false, vendorHosted: false, hasServiceContract: false, configurationTakeoverDate: null, freeConfigurationTasksLeft: 0, ticketHoldsFreeTask: false,
};

describe('chargeability zones (004, R-B1..R-B6)', () => {
  it('R-B1: a bug is free with an update subscription or vendor hosting, billable otherwise', () => {
    expect(computeChargeability('bug', { ...none, hasUpdateSubscription: true }, '2026-05-01')).toMatchObject({ billable: false, ruleId: 'R-B1', reasonKey: 'bug_subscription' });
    expect(computeChargeability('bug', { ...none, vendorHosted: true }, '2026-05-01')).toMatchObject({ billable: false, ruleId: 'R-B1', reasonKey: 'bug_hosted' });
    expect(computeChargeability('bug', none, '2026-05-01')).toMatchObject({ billable: true, ruleId: 'R-B1' });
  });

  it('R-B2: a configuration error on day 30 after takeover is free, on day 31 billable (takeover day = day 0)', () => {
    const facts = { ...none, configurationTakeoverDate: '2026-03-01' };
    expect(computeChargeability('configuration_error', facts, '2026-03-01')).toMatchObject({ billable: false, dayAfterTakeover: 0 });
    expect(computeChargeability('configuration_error', facts, '2026-03-31')).toMatchObject({ billable: false, dayAfterTakeover: 30, ruleId: 'R-B2' });
    expect(computeChargeability('configuration_error', facts, '2026-04-01')).toMatchObject({ billable: true, dayAfterTakeover: 31, ruleId: 'R-B2' });
  });

  it('R-B2: counts calendar days across a leap day and a year end', () => {
    expect(computeChargeability('configuration_error', { ...none, configurationTakeoverDate: '2028-02-01' }, '2028-03-02').dayAfterTakeover).toBe(30);
    expect(computeChargeability('configuration_error', { ...none, configurationTakeoverDate: '2026-12-15' }, '2027-01-15')).toMatchObject({ billable: true, dayAfterTakeover: 31 });
  });

  it('R-B2: before takeover, or with no takeover recorded, the configuring partner is liable (free)', () => {
    expect(computeChargeability('configuration_error', none, '2026-05-01')).toMatchObject({ billable: false, reasonKey: 'configuration_not_taken_over' });
    expect(computeChargeability('configuration_error', { ...none, configurationTakeoverDate: '2026-06-01' }, '2026-05-01')).toMatchObject({ billable: false, dayAfterTakeover: -31 });
  });

  it('R-B3: advice is free with a service contract and billed at the tariff without one', () => {
    expect(computeChargeability('advice', { ...none, hasServiceContract: true }, '2026-05-01')).toMatchObject({ billable: false, ruleId: 'R-B3' });
    expect(computeChargeability('advice', none, '2026-05-01')).toMatchObject({ billable: true, ruleId: 'R-B3', reason: expect.stringContaining('tariff') });
  });

  it('R-B4: a configuration request is billable after an estimate, unless a free task covers it', () => {
    expect(computeChargeability('configuration_request', none, '2026-05-01')).toMatchObject({ billable: true, needsEstimate: true, ruleId: 'R-B4' });
    expect(computeChargeability('configuration_request', { ...none, freeConfigurationTasksLeft: 2 }, '2026-05-01')).toMatchObject({ billable: false, freeTask: 'available', freeTasksLeft: 2 });
    expect(computeChargeability('configuration_request', { ...none, ticketHoldsFreeTask: true }, '2026-05-01')).toMatchObject({ billable: false, freeTask: 'held' });
  });

  it('R-B5 and R-B6: a feature suggestion is free; a change request is billed by agreement after an estimate', () => {
    expect(computeChargeability('feature_suggestion', none, '2026-05-01')).toMatchObject({ billable: false, ruleId: 'R-B5', needsEstimate: false });
    expect(computeChargeability('change_request', { ...none, hasServiceContract: true, hasUpdateSubscription: true }, '2026-05-01')).toMatchObject({ billable: true, ruleId: 'R-B6', needsEstimate: true });
  });

  it('refuses a malformed date', () => {
    expect(() => computeChargeability('configuration_error', { ...none, configurationTakeoverDate: '2026-02-30' }, '2026-03-01')).toThrow(RangeError);
  });
});

describe('what a plan includes (R-P1, issue 12 item 4)', () => {
  it('a category the plan includes is free, whatever the contract facts; others follow R-B*', () => {
    const plan = { ...none, planIncludes: ['bug', 'advice'] };
    expect(computeChargeability('bug', plan, '2026-03-01')).toMatchObject({ billable: false, ruleId: 'R-B1', reasonKey: 'included_in_plan' });
    expect(computeChargeability('advice', plan, '2026-03-01')).toMatchObject({ billable: false, ruleId: 'R-B3', reasonKey: 'included_in_plan' });
    expect(computeChargeability('change_request', plan, '2026-03-01')).toMatchObject({ billable: true, reasonKey: 'change_request_billable' });
  });

  it('the contract\'s override beats the plan, both ways; a billable configuration or change request still needs an estimate', () => {
    const f = { ...none, planIncludes: ['bug'], overrides: { bug: 'billable', configuration_request: 'free', change_request: 'billable' } } as const;
    expect(computeChargeability('bug', f, '2026-03-01')).toMatchObject({ billable: true, ruleId: 'R-B1', reasonKey: 'contract_override_billable', needsEstimate: false });
    expect(computeChargeability('configuration_request', f, '2026-03-01')).toMatchObject({ billable: false, ruleId: 'R-B4', reasonKey: 'contract_override_free' });
    expect(computeChargeability('change_request', f, '2026-03-01')).toMatchObject({ billable: true, needsEstimate: true });
  });
});
