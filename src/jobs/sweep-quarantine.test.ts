import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../core/actor.js';
import { manualClock } from '../core/clock.js';
import { findActor } from '../storage/auth.queries.js';
import type { Db } from '../storage/db.js';
import { rowsOf } from '../storage/migrate.js';
import { listQuarantinedItems } from '../usecases/sweeps/list-quarantined-items.js';
import { releaseQuarantinedItem } from '../usecases/sweeps/release-quarantined-item.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import { createUser } from '../usecases/users/create-user.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { SWEEP_MAX_ATTEMPTS, sweepRetryDelayMs } from '../usecases/sweeps/support/each-item.js';
import { sweepDueSla } from './sla-sweep-due.js';
import { startWorker } from './worker.js';

const ADMIN: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ad', role: 'admin', name: 'Admin', email: 'admin@v.test', locale: 'en', timeZone: 'UTC' };

/** Issue 14, item 3: one bad ticket does not stop the desk. */
describe.each(ENGINES)('a failing item is retried, then quarantined, and the rest goes on, on %s', (engine) => {
  let s: TestStorage;
  let db: Db;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    await createUser({ db, clock: manualClock('2026-11-01T00:00:00Z') }, { actor: { kind: 'system', id: null }, email: 'boss@vendor.test', name: 'Boss', role: 'manager', password: 'correct horse battery staple' });
  });
  afterAll(() => s.dispose());

  const fired = async (id: string) => rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ${id}::uuid`))[0]!.n;
  const failure = async (id: string) =>
    rowsOf<{ attempts: number; quarantined: boolean; last_error: string }>(
      await db.execute(sql`SELECT attempts, quarantined_at IS NOT NULL AS quarantined, last_error FROM sweep_failures WHERE sweep = 'sla.sweep-due' AND item_id = ${id}`),
    )[0];

  it('the oldest ticket throwing does not hold back the others (regression: the sweep stopped at the first ticket that threw)', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z');
    const w = await createTicketWorld({ db, clock });
    const contact = (await findActor(db, 'contact', w.authorized.id)) as Actor;
    const register = async () => {
      const r = await registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'T', body: { text: 'x' }, severity: 'blocker' });
      if (r.kind !== 'registered') throw new Error('not registered');
      return r.ticket.id;
    };
    const bad = await register();
    clock.set('2026-11-18T10:01:00Z');
    const good = await register();
    // The injected fault: recording any SLA notice of the bad ticket throws.
    await db.execute(sql.raw(`CREATE FUNCTION h7_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.ticket_id = '${bad}' THEN RAISE EXCEPTION 'injected failure for ticket %', NEW.ticket_id; END IF; RETURN NEW; END $$`));
    await db.execute(sql.raw(`CREATE TRIGGER h7_fail BEFORE INSERT ON sla_notifications FOR EACH ROW EXECUTE FUNCTION h7_fail()`));

    clock.set('2026-11-23T12:00:00Z'); // both tickets past every warning and breach
    await sweepDueSla({ db, clock, publicUrl: 'x' }, { batch: 1 });
    expect(await fired(good)).toBe(6);
    expect(await fired(bad)).toBe(0);
    expect(await failure(bad)).toMatchObject({ attempts: 1, quarantined: false, last_error: expect.stringContaining('injected failure') });

    // Backoff: not retried before its time, retried after it, quarantined at the last attempt.
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    expect((await failure(bad))!.attempts).toBe(1);
    for (let n = 1; n < SWEEP_MAX_ATTEMPTS; n++) {
      clock.advance(sweepRetryDelayMs(n));
      await sweepDueSla({ db, clock, publicUrl: 'x' });
      expect((await failure(bad))!.attempts).toBe(n + 1);
    }
    expect(await failure(bad)).toMatchObject({ attempts: SWEEP_MAX_ATTEMPTS, quarantined: true });
    clock.advance(24 * 3_600_000);
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    expect((await failure(bad))!.attempts).toBe(SWEEP_MAX_ATTEMPTS); // quarantined: left alone

    const listed = await listQuarantinedItems({ db }, {actor: SYSTEM_ACTOR, });
    expect(listed.items).toEqual([expect.objectContaining({ sweep: 'sla.sweep-due', itemId: bad, attempts: SWEEP_MAX_ATTEMPTS, lastError: expect.stringContaining('injected failure') })]);

    // Fixed and released by an administrator: the next sweep acts on it once.
    await db.execute(sql.raw(`DROP TRIGGER h7_fail ON sla_notifications`));
    await releaseQuarantinedItem({ db, clock }, { actor: ADMIN, sweep: 'sla.sweep-due', itemId: bad });
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    expect(await fired(bad)).toBe(6);
    expect(await failure(bad)).toBeUndefined();
    await expect(releaseQuarantinedItem({ db, clock }, { actor: ADMIN, sweep: 'sla.sweep-due', itemId: bad })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a sweep that fails as a whole does not stop the sweeps after it (regression: five sweeps in one sequence)', async () => {
    const logs: string[] = [];
    const clock = manualClock('2026-11-23T12:00:00Z');
    const w = startWorker(
      { db, clock, publicUrl: 'x', log: { info: (_o, m) => logs.push(m ?? ''), error: (_o, m) => logs.push(`error ${m}`) } },
      { intervalMs: 60_000, renewalNoticeDays: 30, run: false },
    );
    await db.execute(sql.raw(`ALTER TABLE contract_notifications RENAME TO h7_hidden`));
    try {
      const r = await w.tick();
      expect(r.renewals).toEqual({ failed: true });
      expect(r.maintenance).toMatchObject({ notices: 0 });
      expect(r.endOfLife).toMatchObject({ checked: expect.any(Number) });
      expect(logs).toContain('error sweep failed; retrying next interval');
    } finally {
      await db.execute(sql.raw(`ALTER TABLE h7_hidden RENAME TO contract_notifications`));
      await w.stop();
    }
  });
});
