import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { auditEvents, contracts, unentitledRequests } from '../../storage/schema/index.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { createContact } from '../contacts/create-contact.js';
import { getContact } from '../contacts/get-contact.js';
import { createPlan } from '../plans/create-plan.js';
import { createPlanVersion } from '../plans/create-plan-version.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { updateContract } from './update-contract.js';

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));

// Issue 12 item 3 (R-C2): the contact cap holds on plan changes and at intake.
describe.each(ENGINES)('the contact cap on plan changes and at intake on %s (R-C2)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-03-02T09:00:00Z');
  const deps = () => ({ db, clock });
  let n = 0;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  /** A world (admin + authorized at one instant) plus `extra` authorized contacts, one minute apart. */
  async function world(extra: number): Promise<TicketWorld & { ids: string[] }> {
    clock.set('2026-03-02T09:00:00Z');
    const w = await createTicketWorld(deps());
    const ids = [w.admin.id, w.authorized.id].sort(); // same instant: by id
    for (let i = 0; i < extra; i++) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      const c = await createContact(deps(), { actor: FIXTURE_MANAGER, customerId: w.customerId, email: `x${++n}@cap.test`, name: `Extra ${n}`, isAuthorized: true });
      ids.push(c.id);
    }
    return { ...w, ids };
  }
  async function cappedPlan(w: TicketWorld, cap: number) {
    const { plan } = await createPlan(deps(), {
      actor: FIXTURE_MANAGER, code: `cap${++n}`, name: `Capped ${n}`, effectiveFrom: '2020-01-01',
      terms: { calendarId: w.calendarId, channels: ['portal', 'email'], maxAuthorizedContacts: cap, ticketsPerYear: null, targets: { major: { response: { kind: 'business_days', days: 2, indicative: false } } } },
    });
    return plan.id;
  }
  const file = async (contactId: string) => {
    const actor = (await findActor(db, 'contact', contactId)) as Actor;
    return registerTicket(deps(), { actor, channel: 'portal', requesterId: contactId, subject: 'Help', body: { text: 'x' }, severity: 'major' });
  };
  const authorized = async (w: TicketWorld, id: string) => (await getContact(deps(), { actor: FIXTURE_MANAGER, customerId: w.customerId, id })).isAuthorized;

  it('regression (issue 12 item 3): moving 6 authorized contacts to a plan capped at 4 asks who stays, and changes nothing until told', async () => {
    const w = await world(4);
    const planId = await cappedPlan(w, 4);
    const err = await updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONTACT_CAP_CHOICE_REQUIRED', details: { cap: 4 } });
    expect((err as { details: { authorized: Array<{ id: string }> } }).details.authorized.map((c) => c.id)).toEqual(w.ids); // earliest authorized first
    expect((await db.select().from(contracts).where(eq(contracts.id, w.contractId)))[0]!.planId).toBe(w.planId);
    for (const id of w.ids) expect(await authorized(w, id)).toBe(true);

    const keep = [w.ids[0]!, w.ids[2]!, w.ids[3]!, w.ids[5]!];
    const changed = await updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId, keepAuthorized: keep });
    expect(changed.planId).toBe(planId);
    expect(await authorized(w, w.ids[1]!)).toBe(false);
    expect(await authorized(w, w.ids[4]!)).toBe(false);
    for (const id of keep) expect(await authorized(w, id)).toBe(true);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.objectId, w.contractId), eq(auditEvents.action, 'contract.plan_changed')));
    expect(audit.at(-1)!.details).toMatchObject({ deauthorized: expect.arrayContaining([w.ids[1], w.ids[4]]) });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'contact.deauthorized_for_cap'))).toHaveLength(2);
    // A de-authorized contact is refused politely, and the request is kept.
    expect(await file(w.ids[1]!)).toMatchObject({ kind: 'refused', code: 'NOT_AUTHORIZED_CONTACT' });
    expect(await file(w.ids[5]!)).toMatchObject({ kind: 'registered' });
  });

  it('refuses a choice of more contacts than the cap, or of a contact that is not authorized here, writing nothing', async () => {
    const w = await world(3);
    const planId = await cappedPlan(w, 2);
    const other = await world(0);
    expect(await code(updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId, keepAuthorized: w.ids.slice(0, 3) }))).toBe('VALIDATION_FAILED');
    expect(await code(updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId, keepAuthorized: [w.ids[0]!, other.ids[0]!] }))).toBe('VALIDATION_FAILED');
    expect((await db.select().from(contracts).where(eq(contracts.id, w.contractId)))[0]!.planId).toBe(w.planId);
    for (const id of w.ids) expect(await authorized(w, id)).toBe(true);
    // Within the cap, no choice is needed.
    const roomy = await cappedPlan(w, 5);
    expect((await updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId: roomy })).planId).toBe(roomy);
  });

  it('regression (issue 12 item 3): when a new plan version lowers the cap, intake refuses the contacts beyond it (earliest authorized first) and keeps their requests', async () => {
    const w = await world(2); // 4 authorized
    await createPlanVersion(deps(), { actor: FIXTURE_MANAGER, planId: w.planId, effectiveFrom: '2026-04-01', terms: { maxAuthorizedContacts: 2 } });
    expect((await file(w.ids[3]!)).kind).toBe('registered'); // March: the old cap (7) is in force
    clock.set('2026-04-01T09:00:00Z');
    expect((await file(w.ids[0]!)).kind).toBe('registered');
    expect((await file(w.ids[1]!)).kind).toBe('registered');
    const refused = await file(w.ids[2]!);
    expect(refused).toMatchObject({ kind: 'refused', code: 'CONTACT_BEYOND_CAP', holdForApproval: false });
    if (refused.kind !== 'refused') return;
    expect((await db.select().from(unentitledRequests).where(eq(unentitledRequests.id, refused.unentitledRequestId)))[0]).toMatchObject({ reasonCode: 'CONTACT_BEYOND_CAP', status: 'open' });
    expect((await file(w.ids[3]!)).kind).toBe('refused');
  });
});
