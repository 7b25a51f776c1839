import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findPlanRowByCode } from '../../storage/plans.queries.js';
import { auditEvents } from '../../storage/schema/index.js';
import type { Category } from '../../storage/schema/tickets.js';
import { staffActor } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createContact } from '../contacts/create-contact.js';
import { createContract } from '../contracts/create-contract.js';
import { createCustomer } from '../customers/create-customer.js';
import { importPreset } from '../presets/import-preset.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { getContractTerms } from './get-contract-terms.js';
import { getTicketChargeability } from './get-ticket-chargeability.js';
import { setContractTerms } from './set-contract-terms.js';

// Issue 12 item 4: what a plan includes is free by default (R-P1, R-B*), from the shipped presets.
describe.each(ENGINES)('plan-included request categories on %s (R-P1, R-B1, R-B3)', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-03-02T09:00:00Z'); // Monday 10:00 Madrid / 11:00 Athens
  let deps: { db: TestStorage['storage']['db']; clock: typeof clock };
  let manager: Extract<Actor, { kind: 'user' }>;
  let n = 0;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    deps = { db: s.storage.db, clock };
    manager = await staffActor(deps, 'manager');
    await importPreset(deps, { name: 'athento-es', actor: manager });
    await importPreset(deps, { name: 'altanet', actor: manager });
  });
  afterAll(() => s.dispose());

  /** A customer on a preset plan with one authorized contact who files one ticket of `category`. */
  async function fileOn(planCode: string, category: Category) {
    const plan = (await findPlanRowByCode(deps.db, planCode))!;
    const customer = await createCustomer(deps, { actor: manager, code: `inc${++n}`, name: `Included ${n}`, timeZone: 'Europe/Madrid', locale: 'en' });
    const contract = await createContract(deps, { actor: manager, customerId: customer.id, planId: plan.id, startDate: '2026-01-01' });
    const c = await createContact(deps, { actor: manager, customerId: customer.id, email: `c${n}@inc${n}.test`, name: `C ${n}`, isAuthorized: true });
    const actor: Actor = { kind: 'contact', id: c.id, customerId: customer.id, isAuthorized: true, isAdministrator: false, name: c.name, email: c.email, locale: 'en', timeZone: 'UTC' };
    const r = await registerTicket(deps, { actor, channel: 'portal', requesterId: c.id, subject: 'Help', body: { text: 'x' }, severity: planCode.startsWith('altanet') ? 'normal' : 'major', category });
    if (r.kind !== 'registered') throw new Error(`refused: ${r.code}`);
    return { ticketId: r.ticket.id, contractId: contract.id };
  }
  const charge = (ticketId: string) => getTicketChargeability(deps, { actor: manager, ticketId });

  it('regression (issue 12 item 4): a bug on an Athento Company contract is free (included), not bug_no_subscription', async () => {
    const { ticketId } = await fileOn('athento-es-company', 'bug');
    expect(await charge(ticketId)).toMatchObject({ billable: false, ruleId: 'R-B1', reasonKey: 'included_in_plan' });
  });

  it('regression (issue 12 item 4): a question on Altanet Standard is free (included), not advice_no_service_contract', async () => {
    const standard = await fileOn('altanet-standard', 'advice');
    expect(await charge(standard.ticketId)).toMatchObject({ billable: false, ruleId: 'R-B3', reasonKey: 'included_in_plan' });
  });

  it('a contract overrides what the plan includes, both ways; the override is recorded and shown', async () => {
    const { ticketId, contractId } = await fileOn('athento-es-company', 'bug');
    const terms = await setContractTerms(deps, { actor: manager, contractId, patch: { categoryOverrides: { bug: 'billable', configuration_request: 'free' } } });
    expect(terms.categoryOverrides).toEqual({ bug: 'billable', configuration_request: 'free' });
    expect((await getContractTerms(deps, { actor: manager, contractId })).categoryOverrides).toEqual({ bug: 'billable', configuration_request: 'free' });
    expect(await charge(ticketId)).toMatchObject({ billable: true, ruleId: 'R-B1', reasonKey: 'contract_override_billable' });
    const audit = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.objectId, contractId), eq(auditEvents.action, 'contract.billing_terms_set')));
    expect(audit.at(-1)!.details).toMatchObject({ categoryOverrides: { from: {}, to: { bug: 'billable', configuration_request: 'free' } } });
    // Back to the plan: {} clears the overrides.
    await setContractTerms(deps, { actor: manager, contractId, patch: { categoryOverrides: {} } });
    expect(await charge(ticketId)).toMatchObject({ billable: false, reasonKey: 'included_in_plan' });
  });

  it('refuses an override of an unknown category or value with VALIDATION_FAILED, writing nothing', async () => {
    const { contractId } = await fileOn('athento-es-company', 'bug');
    const bad = { categoryOverrides: { upgrades: 'free', bug: 'maybe' } } as unknown as Parameters<typeof setContractTerms>[1]['patch'];
    await expect(setContractTerms(deps, { actor: manager, contractId, patch: bad })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED', details: [{ path: 'body.categoryOverrides.upgrades' }, { path: 'body.categoryOverrides.bug' }],
    });
    expect((await getContractTerms(deps, { actor: manager, contractId })).stored).toBe(false);
  });
});
