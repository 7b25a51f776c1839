import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { outboxMessages } from '../../storage/schema/index.js';
import { createBillingWorld, contactActor, staffActor, type BillingWorld } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { changeTicketCategory } from '../tickets/change-ticket-category.js';
import { decideEstimate } from './decide-estimate.js';
import { decideEstimateByEmail } from './decide-estimate-by-email.js';
import { createEstimate } from './create-estimate.js';
import { getTicketChargeability } from './get-ticket-chargeability.js';
import { listTicketTime } from './list-time-entries.js';
import { logTime } from './log-time.js';
import { sendEstimate } from './send-estimate.js';
import { setContractTerms } from './set-contract-terms.js';
import { stepEstimatePhase } from './step-estimate-phase.js';
import { eq } from 'drizzle-orm';

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));

describe.each(ENGINES)('chargeability, estimates and timesheets on %s', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-03-01T09:00:00Z');
  let deps: { db: TestStorage['storage']['db']; clock: typeof clock; config: { publicUrl: string } };
  let w: BillingWorld;
  let manager: Actor;
  let agent: Extract<Actor, { kind: 'user' }>;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    deps = { db: s.storage.db, clock, config: { publicUrl: 'https://desk.test' } };
    w = await createBillingWorld(deps);
    manager = await staffActor(deps, 'manager');
    agent = await staffActor(deps, 'agent');
    // Takeover on 1 March 2026 (day 0): 31 March is day 30, 1 April day 31 (Madrid dates).
    await setContractTerms(deps, { actor: manager, contractId: w.contractId, patch: { configurationTakeoverDate: '2026-03-01', hasServiceContract: false } });
  });
  afterAll(() => s.dispose());

  it('R-B2: a configuration error reported on day 30 after takeover is free, on day 31 billable', async () => {
    clock.set('2026-03-31T21:30:00Z'); // 23:30 on 31 March in Madrid: day 30
    const day30 = await w.file('configuration_error');
    clock.set('2026-03-31T22:30:00Z'); // 00:30 on 1 April in Madrid: day 31
    const day31 = await w.file('configuration_error');
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: day30 })).toMatchObject({ billable: false, ruleId: 'R-B2', dayAfterTakeover: 30, reportedOn: '2026-03-31' });
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: day31 })).toMatchObject({ billable: true, ruleId: 'R-B2', dayAfterTakeover: 31, reportedOn: '2026-04-01' });
  });

  it('R-B3: advice is billable without a service contract and free with one; the customer sees it, another customer gets NOT_FOUND', async () => {
    clock.set('2026-04-02T09:00:00Z');
    const id = await w.file('advice');
    const contact = await contactActor(s.storage.db, w, 'unauthorized');
    expect(await getTicketChargeability(deps, { actor: contact, ticketId: id })).toMatchObject({ billable: true, ruleId: null, reasonKey: 'advice_no_service_contract', billableWorkAllowed: true });
    expect(await getTicketChargeability(deps, { actor: contact, ticketId: id })).not.toHaveProperty('time');
    await setContractTerms(deps, { actor: manager, contractId: w.contractId, patch: { hasServiceContract: true } });
    expect(await getTicketChargeability(deps, { actor: contact, ticketId: id })).toMatchObject({ billable: false, ruleId: null, reasonKey: 'advice_service_contract' });
    await setContractTerms(deps, { actor: manager, contractId: w.contractId, patch: { hasServiceContract: false } });
    const other = await createBillingWorld(deps, { withSeverities: false });
    expect(await code(getTicketChargeability(deps, { actor: await contactActor(s.storage.db, other, 'admin'), ticketId: id }))).toBe('NOT_FOUND');
  });

  it('R-B7: time takes its billable flag from chargeability; an override needs a reason', async () => {
    const id = await w.file('advice');
    const e = await logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'communication', minutes: 7 });
    expect(e).toMatchObject({ billable: true, billableDefault: true, ruleId: 'R-B3', minutes: 7 });
    expect(await code(logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'identification', minutes: 10, billable: false }))).toBe('REASON_REQUIRED');
    const free = await logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'identification', minutes: 10, billable: false, overrideReason: 'Our mistake' });
    expect(free).toMatchObject({ billable: false, billableDefault: true, overrideReason: 'Our mistake' });
    expect(await code(logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-03', activity: 'testing', minutes: 5 }))).toBe('VALIDATION_FAILED'); // tomorrow in Madrid
    expect(await listTicketTime(deps, { actor: agent, ticketId: id })).toMatchObject({ minutes: 17, billableMinutes: 7 });
  });

  it('R-B4: billable time on a configuration request is refused until the administrator approves the estimate (portal); phases gate the work in order', async () => {
    const id = await w.file('configuration_request', 'New project type');
    expect(await code(logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'configuration', minutes: 30 }))).toBe('ESTIMATE_NOT_APPROVED');
    const est = await createEstimate(deps, { actor: agent, ticketId: id, phases: [{ name: 'Design', hours: 2, priceCents: 20_000 }, { name: 'Build', hours: 3.5, priceCents: 35_000 }], note: 'Two phases' });
    expect(est).toMatchObject({ status: 'draft', minutes: 330, priceCents: 55_000, currency: 'EUR', version: 1 });
    const admin = await contactActor(s.storage.db, w, 'admin');
    expect(await code(decideEstimate(deps, { actor: admin, ticketId: id, estimateId: est.id, decision: 'approve' }))).toBe('NOT_FOUND'); // drafts are invisible
    await sendEstimate(deps, { actor: agent, ticketId: id, estimateId: est.id });
    const mail = (await s.storage.db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, id))).filter((m) => m.template === 'estimate-sent');
    expect(mail.map((m) => [m.toAddress, m.locale])).toEqual([[w.admin.email, 'es']]);
    expect(mail[0]!.textBody.replace(/\u00a0/g, ' ')).toContain('5,5 horas, 550,00 €');
    expect(await code(logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'configuration', minutes: 30 }))).toBe('ESTIMATE_NOT_APPROVED');
    const plain = await contactActor(s.storage.db, w, 'authorized');
    expect(await code(decideEstimate(deps, { actor: plain, ticketId: id, estimateId: est.id, decision: 'approve' }))).toBe('NOT_CUSTOMER_ADMINISTRATOR');
    const approved = await decideEstimate(deps, { actor: admin, ticketId: id, estimateId: est.id, decision: 'approve', note: 'Go ahead' });
    expect(approved).toMatchObject({ status: 'approved', decisionChannel: 'portal', phases: [{ status: 'in_progress' }, { status: 'pending' }] });
    const t1 = await logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'configuration', minutes: 30 });
    expect(t1).toMatchObject({ billable: true, estimateId: est.id, phaseId: approved.phases[0]!.id });
    await stepEstimatePhase(deps, { actor: agent, ticketId: id, estimateId: est.id, phaseId: approved.phases[0]!.id, step: 'hand_over', note: 'Ready' });
    expect(await code(logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'configuration', minutes: 5 }))).toBe('ESTIMATE_NOT_APPROVED');
    const accepted = await stepEstimatePhase(deps, { actor: admin, ticketId: id, estimateId: est.id, phaseId: approved.phases[0]!.id, step: 'accept' });
    expect(accepted.phases.map((p) => p.status)).toEqual(['accepted', 'in_progress']);
    expect(await logTime(deps, { actor: agent, ticketId: id, workDate: '2026-04-02', activity: 'testing', minutes: 5 })).toMatchObject({ phaseId: approved.phases[1]!.id });
  });

  it('R-B4: approval by replying to the email decides the sent estimate; a non-administrator or another customer\'s contact cannot', async () => {
    const id = await w.file('change_request', 'Change invoice layout');
    const est = await createEstimate(deps, { actor: agent, ticketId: id, hours: 1.5, priceCents: 12_000 });
    expect(est.phases).toHaveLength(1);
    await sendEstimate(deps, { actor: agent, ticketId: id, estimateId: est.id });
    expect(await code(decideEstimateByEmail(deps, { ticketId: id, fromContactId: w.authorized.id, decision: 'approve' }))).toBe('NOT_CUSTOMER_ADMINISTRATOR');
    const other = await createBillingWorld(deps, { withSeverities: false });
    expect(await code(decideEstimateByEmail(deps, { ticketId: id, fromContactId: other.admin.id, decision: 'approve' }))).toBe('NOT_FOUND');
    const declined = await decideEstimateByEmail(deps, { ticketId: id, fromContactId: w.admin.id, decision: 'decline' });
    expect(declined).toMatchObject({ status: 'declined', decisionChannel: 'email' });
    expect(await code(decideEstimateByEmail(deps, { ticketId: id, fromContactId: w.admin.id, decision: 'approve' }))).toBe('ESTIMATE_STATE_CONFLICT');
    const v2 = await createEstimate(deps, { actor: agent, ticketId: id, hours: 1, priceCents: 8_000 });
    expect(v2.version).toBe(2);
  });

  it('R-B4: a contract\'s free configuration tasks make requests free, one per ticket, until the year\'s tasks are used', async () => {
    await setContractTerms(deps, { actor: manager, contractId: w.contractId, patch: { freeConfigurationTasksPerYear: 1 } });
    const a = await w.file('configuration_request');
    const b = await w.file('configuration_request');
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: a })).toMatchObject({ billable: false, freeTask: 'available', freeTasksLeft: 1 });
    expect(await logTime(deps, { actor: agent, ticketId: a, workDate: '2026-04-02', activity: 'configuration', minutes: 20 })).toMatchObject({ billable: false });
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: a })).toMatchObject({ billable: false, freeTask: 'held' });
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: b })).toMatchObject({ billable: true, needsEstimate: true, freeTasksLeft: 0 });
    await changeTicketCategory(deps, { actor: manager, ticketId: a, category: 'advice', reason: 'Only advice after all' });
    expect(await getTicketChargeability(deps, { actor: agent, ticketId: b })).toMatchObject({ billable: false, freeTask: 'available' });
  });
});
