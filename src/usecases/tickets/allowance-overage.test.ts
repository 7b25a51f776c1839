import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { contactActor, staffActor } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { createInvoiceDraft } from '../billing/create-invoice-draft.js';
import { setContractTerms } from '../billing/set-contract-terms.js';
import { updateContract } from '../contracts/update-contract.js';
import { createPlan } from '../plans/create-plan.js';
import { convertUnentitledRequest } from '../unentitled/convert-unentitled-request.js';
import { createTicketBundle } from './create-ticket-bundle.js';
import { getAllowance } from './get-allowance.js';
import { registerTicket, type RegisterTicketResult } from './register-ticket.js';

// Issue 12 item 2 (R-P5): an overage ticket is billed once, on its own, and never also takes a
// ticket of the allowance or of a bundle bought before or after it.
describe.each(ENGINES)('bundles and overage never charge one ticket twice on %s (R-P5)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-03-02T09:00:00Z');
  const deps = () => ({ db, clock });
  let manager: Actor;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    manager = await staffActor(deps(), 'manager');
  });
  afterAll(() => s.dispose());

  async function world(ticketsPerYear: number, overageRule: 'hold' | 'bill' = 'hold') {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear, overageRule } });
    await setContractTerms(deps(), { actor: manager, contractId: w.contractId, patch: { overageTicketPriceCents: 9000 } });
    return w;
  }
  async function file(w: TicketWorld, count = 1): Promise<RegisterTicketResult[]> {
    const actor = await contactActor(db, w, 'authorized');
    const out: RegisterTicketResult[] = [];
    for (let i = 0; i < count; i++) {
      out.push(await registerTicket(deps(), { actor, channel: 'portal', requesterId: actor.id, subject: `T${i}`, body: { text: 'x' }, severity: 'major' }));
    }
    return out;
  }
  /** The 51st-style request: held, then approved by the customer's administrator as overage. */
  async function heldThenApproved(w: TicketWorld) {
    const [r] = await file(w);
    expect(r).toMatchObject({ kind: 'refused', code: 'ALLOWANCE_EXHAUSTED', holdForApproval: true });
    if (r!.kind !== 'refused') throw new Error('not held');
    const t = await convertUnentitledRequest(deps(), { actor: await contactActor(db, w, 'admin'), id: r!.unentitledRequestId });
    expect(t).toMatchObject({ overage: true, countsAgainstAllowance: false });
    return t;
  }
  const bundle = (w: TicketWorld, tickets: number) => createTicketBundle(deps(), { actor: manager, contractId: w.contractId, tickets, priceCents: 50000 });
  const allowance = async (w: TicketWorld) => (await getAllowance(deps(), { actor: SYSTEM_ACTOR, customerId: w.customerId })).contracts[0]!;
  /** The year's invoice lines, as the customer would be billed. */
  async function invoice(w: TicketWorld) {
    const inv = await createInvoiceDraft(deps(), { actor: manager, customerId: w.customerId, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    return {
      bundleTickets: inv.lines.filter((l) => l.sourceType === 'ticket_bundle').length,
      overageTickets: inv.lines.filter((l) => l.sourceType === 'overage_ticket').map((l) => l.sourceId),
    };
  }
  const kinds = (rs: RegisterTicketResult[]) => rs.map((r) => (r.kind === 'registered' ? (r.ticket.overage ? 'overage' : 'ok') : r.code));

  it('regression (issue 12 item 2): overage then a bundle: the bundle adds all its 10 tickets, and the overage ticket is billed once', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const w = await world(50);
    expect(kinds(await file(w, 50)).every((k) => k === 'ok')).toBe(true);
    const extra = await heldThenApproved(w);
    await bundle(w, 10);
    expect(await allowance(w)).toMatchObject({ included: 50, fromBundles: 10, used: 50, overage: 1, left: 10 });
    // All ten of the bundle can be used; the eleventh is held again.
    expect(kinds(await file(w, 10))).toEqual(Array(10).fill('ok'));
    expect(kinds(await file(w))).toEqual(['ALLOWANCE_EXHAUSTED']);
    expect(await allowance(w)).toMatchObject({ used: 60, overage: 1, left: 0 });
    // The invoice bills the bundle and the one overage ticket: 60 + 1 tickets, each paid once.
    expect(await invoice(w)).toEqual({ bundleTickets: 1, overageTickets: [extra.id] });
  });

  it('a bundle then overage: the bundle is used up first, only the ticket beyond it is overage', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const w = await world(3);
    await bundle(w, 2);
    expect(kinds(await file(w, 5))).toEqual(Array(5).fill('ok'));
    const extra = await heldThenApproved(w);
    expect(await allowance(w)).toMatchObject({ included: 3, fromBundles: 2, used: 5, overage: 1, left: 0 });
    expect(await invoice(w)).toEqual({ bundleTickets: 1, overageTickets: [extra.id] });
  });

  it('a bundle bought mid-year on a billing-overage plan covers the tickets filed after it, never the overage before it', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const w = await world(2, 'bill');
    expect(kinds(await file(w, 3))).toEqual(['ok', 'ok', 'overage']);
    clock.set('2026-07-01T09:00:00Z'); // mid-year
    await bundle(w, 2);
    expect(await allowance(w)).toMatchObject({ fromBundles: 2, used: 2, overage: 1, left: 2 });
    expect(kinds(await file(w, 3))).toEqual(['ok', 'ok', 'overage']);
    const a = await allowance(w);
    expect(a).toMatchObject({ used: 4, overage: 2, left: 0 });
    const inv = await invoice(w);
    expect(inv.bundleTickets).toBe(1);
    expect(inv.overageTickets).toHaveLength(a.overage); // the support center and the invoice agree
  });

  it('a plan upgrade after overage: the new allowance applies at once, the overage ticket stays billed once', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const w = await world(2);
    await file(w, 2);
    const extra = await heldThenApproved(w);
    const { plan: bigger } = await createPlan(deps(), {
      actor: FIXTURE_MANAGER, code: `bigger-${w.planId.slice(0, 8)}`, name: 'Bigger', effectiveFrom: '2020-01-01',
      terms: { calendarId: w.calendarId, channels: ['portal'], ticketsPerYear: 10, maxAuthorizedContacts: 7, targets: { major: { response: { kind: 'business_days', days: 2, indicative: false } } } },
    });
    await updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId: bigger.id });
    expect(await allowance(w)).toMatchObject({ included: 10, used: 2, overage: 1, left: 8 });
    expect(kinds(await file(w))).toEqual(['ok']);
    expect(await invoice(w)).toEqual({ bundleTickets: 0, overageTickets: [extra.id] });
  });
});
