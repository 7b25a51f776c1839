import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import { pickVersionInForce } from '../core/catalogue/version-in-force.js';
import { findContractInForce } from '../core/contracts/contract-in-force.js';
import { SLA_CLOCKS, SLA_NOTICE_KINDS } from '../core/enums.js';
import { Scope } from '../core/scope.js';
import { isClockBreachedAt } from '../core/sla/is-clock-breached.js';
import { noticeKey } from '../core/sla/sla-notices.js';
import { localDateIn } from '../core/zones.js';
import { contactActor } from '../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { recordSlaNotifications } from './sla-notifications.queries.js';
import { loadIntakeContext } from './ticket-intake.queries.js';
import { breachedSql } from './ticket-queue.queries.js';

/**
 * Issue 15 item 4: where SQL repeats a rule of core for speed, generated cases
 * are written to a real database and the SQL's answer is compared with core's:
 * the contract in force and the plan version that applies (intake statement vs
 * findContractInForce + pickVersionInForce, R-P2, R-P3), the breach rule (queue
 * filter vs isClockBreachedAt, R-S4), and the SLA notice key (the ledger's
 * primary key vs noticeKey, R-S4 exactly once).
 */
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const isoDay = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);
const RUNS = 25;

describe.each(ENGINES)('rules written in SQL and in core agree on generated cases, on %s (issue 15 item 4)', (engine) => {
  let s: TestStorage;
  let db: Db;
  let w: TicketWorld;
  let ticketId: string;
  const clock = manualClock('2026-06-01T10:00:00Z');
  let run = 0;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    w = await createTicketWorld({ db, clock });
    const actor = await contactActor(db, w, 'authorized');
    const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: actor.id, subject: 'Rules', body: { text: 'x' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error(`the fixture ticket was refused: ${r.code}`);
    ticketId = r.ticket.id;
  });
  afterAll(() => s.dispose());

  /** A copy of one row with some columns changed (every NOT NULL column comes from the original). */
  async function copyRow(table: string, id: string, changes: Record<string, unknown>): Promise<void> {
    await db.execute(sql`INSERT INTO ${sql.identifier(table)}
      SELECT (jsonb_populate_record(NULL::${sql.identifier(table)}, to_jsonb(t) || ${JSON.stringify(changes)}::jsonb)).*
        FROM ${sql.identifier(table)} t WHERE t.id = ${id}`);
  }

  const contractCase = fc.record({
    customerArchived: fc.boolean(),
    plans: fc.array(fc.uniqueArray(fc.integer({ min: -30, max: 120 }), { maxLength: 3 }), { minLength: 2, maxLength: 2 }),
    contracts: fc.array(
      fc.record({ plan: fc.integer({ min: 0, max: 1 }), start: fc.integer({ min: -20, max: 100 }), days: fc.option(fc.integer({ min: 0, max: 60 })), archived: fc.boolean() }),
      { maxLength: 4 },
    ),
    // Any instant; the boundary ones are added in the test, around local midnight too (the date is Madrid's, not UTC's).
    instants: fc.array(fc.integer({ min: -25 * 24 * 60, max: 130 * 24 * 60 }), { minLength: 1, maxLength: 3 }),
  });

  it('the contract in force and the plan version that applies (R-P2, R-P3): intake SQL = core', async () => {
    const [version] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM plan_versions WHERE plan_id = ${w.planId} ORDER BY version LIMIT 1`));
    await fc.assert(
      fc.asyncProperty(contractCase, async (c) => {
        const n = ++run;
        const customerId = crypto.randomUUID();
        await copyRow('customers', w.customerId, { id: customerId, code: `rules${n}`, archived_at: c.customerArchived ? '2025-01-01T00:00:00Z' : null });
        const contactId = crypto.randomUUID();
        await copyRow('contacts', w.authorized.id, { id: contactId, customer_id: customerId, email: `rules${n}@example.test` });
        const planIds: string[] = [];
        for (const [p, offsets] of c.plans.entries()) {
          const planId = crypto.randomUUID();
          planIds.push(planId);
          await copyRow('plans', w.planId, { id: planId, code: `rules${n}p${p}` });
          // The first version from 2020 (as a plan always has one), then the generated ones.
          for (const [i, offset] of [-2000, ...offsets].entries()) {
            await copyRow('plan_versions', version!.id, { id: crypto.randomUUID(), plan_id: planId, version: i + 1, effective_from: isoDay(offset) });
          }
        }
        for (const k of c.contracts) {
          await copyRow('contracts', w.contractId, {
            id: crypto.randomUUID(), customer_id: customerId, plan_id: planIds[k.plan], start_date: isoDay(k.start),
            end_date: k.days === null ? null : isoDay(k.start + k.days), go_live_date: null, archived_at: k.archived ? '2025-06-01T00:00:00Z' : null,
          });
        }
        const contracts = rowsOf<{ id: string; startDate: string; endDate: string | null; archived: boolean; planId: string }>(
          await db.execute(sql`SELECT id, start_date::text AS "startDate", end_date::text AS "endDate", archived_at IS NOT NULL AS archived, plan_id AS "planId"
                                 FROM contracts WHERE customer_id = ${customerId}`),
        );
        const versions = rowsOf<{ id: string; version: number; effectiveFrom: string; planId: string }>(
          await db.execute(sql`SELECT id, version, effective_from::text AS "effectiveFrom", plan_id AS "planId" FROM plan_versions WHERE plan_id IN (${planIds[0]}, ${planIds[1]})`),
        );
        // Besides the generated instants, the days each contract and version starts and ends on, and
        // the day after: a boundary is where `<` and `<=` differ.
        const edges = [...c.contracts.flatMap((k) => [k.start, ...(k.days === null ? [] : [k.start + k.days])]), ...c.plans.flat()];
        const boundary = edges.flatMap((d) => [d * 24 * 60 + 12 * 60, (d + 1) * 24 * 60 + 12 * 60, d * 24 * 60 - 30]);
        for (const minutes of [...c.instants, ...boundary]) {
          const at = new Date(BASE + minutes * 60_000);
          const ctx = await loadIntakeContext(db, { requesterId: contactId, scope: Scope.system, at, severity: 'major' });
          const date = localDateIn('Europe/Madrid', at);
          const k = findContractInForce(contracts, date, c.customerArchived);
          const pv = k ? pickVersionInForce(versions.filter((v) => v.planId === k.planId), date) : null;
          expect({ date: ctx?.date, contract: ctx?.contractId ?? null, planVersion: ctx?.planVersionId ?? null }).toEqual({
            date, contract: k?.id ?? null, planVersion: pv?.id ?? null,
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  const clockCase = fc.record({
    state: fc.constantFrom('not_applicable', 'running', 'paused', 'met', 'breached'),
    // Seconds from now, close to it so that "due exactly now" comes up often.
    due: fc.option(fc.integer({ min: -3, max: 3 })),
    indicative: fc.boolean(),
  });

  it('the breach rule (R-S4): the queue filter = isClockBreachedAt', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    await fc.assert(
      fc.asyncProperty(clockCase, clockCase, async (response, resolution) => {
        const due = (c: typeof response) => (c.due === null ? null : new Date((now + c.due) * 1000));
        await db.execute(sql`UPDATE tickets SET response_state = ${response.state}, response_due_at = ${due(response)}, response_indicative = ${response.indicative},
                               resolution_state = ${resolution.state}, resolution_due_at = ${due(resolution)}, resolution_indicative = ${resolution.indicative}
                              WHERE id = ${ticketId}`);
        const [row] = rowsOf<{ b: boolean }>(await db.execute(sql`SELECT ${breachedSql(new Date(now * 1000))} AS b FROM tickets WHERE id = ${ticketId}`));
        const stored = (c: typeof response) => ({ state: c.state, dueAt: c.due === null ? null : now + c.due, indicative: c.indicative });
        expect(row!.b).toBe(isClockBreachedAt(stored(response), now) || isClockBreachedAt(stored(resolution), now));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  const noticeCase = fc.record({
    clock: fc.constantFrom(...SLA_CLOCKS),
    kind: fc.constantFrom(...SLA_NOTICE_KINDS),
    percent: fc.constantFrom(75, 90, 100),
    budgetSeconds: fc.constantFrom(3600, 7200),
  });

  it('the SLA notice key (R-S4 exactly once): the ledger refuses a second notice exactly when noticeKey is the same', async () => {
    await fc.assert(
      fc.asyncProperty(noticeCase, noticeCase, async (a, b) => {
        await db.execute(sql`DELETE FROM sla_notifications WHERE ticket_id = ${ticketId}`);
        const row = (n: typeof a) => ({ ticketId, ...n, dueAt: clock.now(), firedAt: clock.now() });
        expect([...(await recordSlaNotifications(db, [row(a)]))]).toEqual([noticeKey(a)]);
        const second = await recordSlaNotifications(db, [row(b)]);
        expect([...second]).toEqual(noticeKey(a) === noticeKey(b) ? [] : [noticeKey(b)]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
