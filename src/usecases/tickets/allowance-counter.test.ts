import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import { allowanceCounter } from '../../storage/allowance-counters.queries.js';
import type { Db } from '../../storage/db.js';
import { rowsOf } from '../../storage/migrate.js';
import { allowanceUsage } from '../../storage/tickets.queries.js';
import { contactActor, staffActor } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER, type TicketWorld } from '../../../test/support/ticket-world.js';
import { updateContract } from '../contracts/update-contract.js';
import { createPlan } from '../plans/create-plan.js';
import { convertUnentitledRequest } from '../unentitled/convert-unentitled-request.js';
import { createTicketBundle } from './create-ticket-bundle.js';
import { registerTicket, type RegisterTicketResult } from './register-ticket.js';

/** Every (contract, year) whose counter differs from a recount of its tickets (R-P5 `used`). */
async function counterMismatches(db: Db) {
  return rowsOf<{ contractId: string; recount: number | null; counter: number | null }>(await db.execute(sql`
    WITH recount AS (
      SELECT contract_id, allowance_year_start AS year_start, count(*)::int AS n FROM tickets
       WHERE counts_against_allowance AND NOT overage GROUP BY 1, 2)
    SELECT coalesce(r.contract_id, a.contract_id) AS "contractId", r.n AS "recount", a.used AS "counter"
      FROM recount r FULL JOIN allowance_counters a ON a.contract_id = r.contract_id AND a.year_start = r.year_start
     WHERE coalesce(r.n, 0) <> coalesce(a.used, 0)`));
}

// Issue 14 item 8 (R-P4, R-P5): intake reads a per-year counter instead of counting the year's
// tickets; whatever changes what counts must leave the counter equal to a recount.
describe.each(ENGINES)('the allowance counter equals a recount on %s (R-P4, R-P5)', (engine) => {
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

  async function file(w: TicketWorld, count = 1): Promise<RegisterTicketResult[]> {
    const actor = await contactActor(db, w, 'authorized');
    const out: RegisterTicketResult[] = [];
    for (let i = 0; i < count; i++) {
      out.push(await registerTicket(deps(), { actor, channel: 'portal', requesterId: actor.id, subject: `T${i}`, body: { text: 'x' }, severity: 'major' }));
    }
    return out;
  }
  const kinds = (rs: RegisterTicketResult[]) =>
    rs.map((r) => (r.kind === 'registered' ? (r.ticket.overage ? 'overage' : (r.ticket.allowanceExclusion ?? 'ok')) : r.code));
  async function switchPlan(w: TicketWorld, name: string, terms: Pick<PlanTerms, 'ticketsPerYear'> & Partial<PlanTerms>) {
    const { plan } = await createPlan(deps(), {
      actor: FIXTURE_MANAGER, code: `${name}-${w.planId.slice(0, 8)}`, name, effectiveFrom: '2020-01-01',
      terms: { calendarId: w.calendarId, channels: ['portal'], maxAuthorizedContacts: 7, targets: { major: { response: { kind: 'business_days', days: 2, indicative: false } } }, ...terms },
    });
    await updateContract(deps(), { actor: FIXTURE_MANAGER, id: w.contractId, planId: plan.id });
  }
  const year = '2026-01-01';
  async function expectCounter(w: TicketWorld, used: number) {
    expect(await allowanceCounter(db, w.contractId, year)).toBe(used);
    expect((await allowanceUsage(db, w.contractId, year)).used).toBe(used);
    expect(await counterMismatches(db)).toEqual([]);
  }

  it('after go-live grace, allowance, approval as overage, a bundle, plan changes mid-year and tickets changed or deleted in the database', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 3, overageRule: 'hold' }, goLiveDate: '2026-02-01' });
    expect(kinds(await file(w, 2))).toEqual(['go_live_grace', 'go_live_grace']); // R-P4: do not count
    await expectCounter(w, 0);

    clock.set('2026-04-15T09:00:00Z');
    expect(kinds(await file(w, 4))).toEqual(['ok', 'ok', 'ok', 'ALLOWANCE_EXHAUSTED']);
    await expectCounter(w, 3);
    const [held] = await file(w);
    if (held!.kind !== 'refused') throw new Error('not held');
    const approved = await convertUnentitledRequest(deps(), { actor: await contactActor(db, w, 'admin'), id: held!.unentitledRequestId });
    expect(approved).toMatchObject({ overage: true, countsAgainstAllowance: false });
    await expectCounter(w, 3);

    await createTicketBundle(deps(), { actor: manager, contractId: w.contractId, tickets: 1, priceCents: 50000 });
    expect(kinds(await file(w, 1))).toEqual(['ok']);
    await expectCounter(w, 4);

    await switchPlan(w, 'Billed', { ticketsPerYear: 5, overageRule: 'bill' }); // 5 + 1 bundle - 4 used: two left
    expect(kinds(await file(w, 3))).toEqual(['ok', 'ok', 'overage']);
    await expectCounter(w, 6);
    await switchPlan(w, 'Unlimited', { ticketsPerYear: null });
    expect(kinds(await file(w, 2))).toEqual(['unlimited', 'unlimited']);
    await expectCounter(w, 6);

    // Changed or deleted outside intake (an operator's correction): the counter follows in the same statement.
    const counted = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM tickets WHERE contract_id = ${w.contractId} AND counts_against_allowance AND NOT overage ORDER BY number LIMIT 2`));
    await db.execute(sql`UPDATE tickets SET overage = true, counts_against_allowance = false WHERE id = ${counted[0]!.id}`);
    await expectCounter(w, 5);
    await db.execute(sql`UPDATE tickets SET allowance_year_start = '2027-01-01' WHERE id = ${counted[1]!.id}`);
    await expectCounter(w, 4);
    expect(await allowanceCounter(db, w.contractId, '2027-01-01')).toBe(1);
    const [copy] = rowsOf<{ id: string }>(await db.execute(sql`
      INSERT INTO tickets SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'number', nextval('ticket_numbers'), 'reply_token', md5(random()::text)))).*
        FROM tickets t WHERE t.id = ${counted[1]!.id} RETURNING id`));
    expect(await allowanceCounter(db, w.contractId, '2027-01-01')).toBe(2);
    await db.execute(sql`DELETE FROM tickets WHERE id = ${copy!.id}`);
    expect(await allowanceCounter(db, w.contractId, '2027-01-01')).toBe(1);
    await expectCounter(w, 4);
  });

  it('never exceeds the allowance when concurrent registrations take the one-statement path and then the locked one', async () => {
    clock.set('2026-05-04T09:00:00Z');
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 20, overageRule: 'hold' } });
    expect(kinds(await file(w))).toEqual(['ok']); // creates the counter row: the rest may take the one-statement path
    const actor = await contactActor(db, w, 'authorized');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => registerTicket(deps(), { actor, channel: 'portal', requesterId: actor.id, subject: `Race ${i}`, body: { text: 'x' }, severity: 'major' })),
    );
    expect(results.filter((r) => r.kind === 'registered')).toHaveLength(19);
    expect(results.filter((r) => r.kind === 'refused' && r.code === 'ALLOWANCE_EXHAUSTED')).toHaveLength(11);
    await expectCounter(w, 20);
  });

  it('the migration backfills the counters of tickets registered before it, equal to a recount', async () => {
    const migration = readFileSync(new URL('../../storage/migrations/20261207080000-allowance-counters.sql', import.meta.url), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill'));
    const counters = async () => rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM allowance_counters WHERE used > 0`))[0]!.n;
    const before = await counters();
    await db.execute(sql`DELETE FROM allowance_counters`);
    await db.execute(sql.raw(backfill));
    expect(await counterMismatches(db)).toEqual([]);
    expect(await counters()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});
