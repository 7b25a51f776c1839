import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { contracts, outboxMessages } from '../storage/schema/index.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { sweepRenewals } from './contracts-sweep-renewals.js';

describe.each(ENGINES)('renewal reminders on %s (R-P10)', (engine) => {
  let s: TestStorage;
  let db: Db;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  it('reminds the customer administrator once, within the notice window, and again only for a new end date', async () => {
    const clock = manualClock('2026-11-01T09:00:00Z');
    const w = await createTicketWorld({ db, clock });
    await db.update(contracts).set({ endDate: '2026-12-31' }).where(eq(contracts.id, w.contractId));
    const deps = { db, clock, publicUrl: 'http://desk.test' };
    const mails = async () => (await db.select().from(outboxMessages).where(eq(outboxMessages.customerId, w.customerId))).filter((m) => m.template === 'renewal_reminder');
    expect(await sweepRenewals(deps, { noticeDays: 30 })).toBe(0); // 60 days out
    clock.set('2026-12-05T09:00:00Z');
    expect(await sweepRenewals(deps, { noticeDays: 30 })).toBeGreaterThanOrEqual(1);
    expect((await mails()).map((m) => m.toAddress)).toContain(w.admin.email);
    expect(await sweepRenewals(deps, { noticeDays: 30 })).toBe(0);
    await db.update(contracts).set({ endDate: '2026-12-20' }).where(eq(contracts.id, w.contractId));
    expect(await sweepRenewals(deps, { noticeDays: 30 })).toBeGreaterThanOrEqual(1);
  });
});
