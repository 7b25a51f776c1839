import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { insertInvoiceRow, takeNextInvoiceNumber } from '../../storage/billing-invoices.queries.js';
import type { Db } from '../../storage/db.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { insertCustomer } from '../../../test/support/fixtures.js';
import { issueDraft, issueInvoice } from './issue-invoice.js';

/**
 * R-B8 gap-free numbering per series: concurrent issuers queue on the series
 * row (FOR UPDATE); an issue that rolls back gives its number back, which a
 * sequence would not. On PostgreSQL the issuers really run in parallel
 * (pool of 20); PGlite serialises them on its one connection.
 */
describe.each(ENGINES)('invoice numbering on %s', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-11-20T10:00:00Z');
  let customerId: string;
  const draft = async () =>
    (await insertInvoiceRow(s.storage.db, {
      customerId, kind: 'invoice', status: 'draft', periodStart: '2026-11-01', periodEnd: '2026-11-30', currency: 'EUR', locale: 'en',
      customerName: 'N', customerCode: 'N', createdAt: clock.now(),
    })).id;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    customerId = (await insertCustomer(s.storage.db)).id;
  });
  afterAll(() => s.dispose());

  it('gives 30 concurrent issues the numbers 1..30 exactly once, with failing issues in between taking none', async () => {
    const drafts = await Promise.all(Array.from({ length: 30 }, draft));
    const failing = await Promise.all(Array.from({ length: 10 }, draft));
    const deps = { db: s.storage.db, clock };
    const ok = drafts.map((id) => issueInvoice(deps, { actor: SYSTEM_ACTOR, invoiceId: id, series: 'PAR' }));
    const bad = failing.map((id) =>
      s.storage.db
        .transaction(async (txn) => {
          const tx = txn as unknown as Db;
          const [inv] = await tx.query.invoices.findMany({ where: (t, { eq }) => eq(t.id, id) });
          await issueDraft(tx, clock.now(), SYSTEM_ACTOR, inv!, 'PAR');
          throw new Error('boom after taking a number');
        })
        .catch((e: Error) => e.message),
    );
    const issued = await Promise.all(ok);
    expect(await Promise.all(bad)).toEqual(Array(10).fill('boom after taking a number'));
    expect(issued.map((i) => i.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(issued.map((i) => i.displayNumber)).size).toBe(30);
    expect((await issueInvoice(deps, { actor: SYSTEM_ACTOR, invoiceId: failing[0]!, series: 'PAR' })).displayNumber).toBe('PAR-000031');
  });

  it('numbers each series on its own and gives a rolled-back number back', async () => {
    await s.storage.db.transaction(async (txn) => {
      expect(await takeNextInvoiceNumber(txn as unknown as Db, 'SOLO')).toBe(1);
    });
    await s.storage.db
      .transaction(async (txn) => {
        expect(await takeNextInvoiceNumber(txn as unknown as Db, 'SOLO')).toBe(2);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await s.storage.db.transaction(async (txn) => {
      expect(await takeNextInvoiceNumber(txn as unknown as Db, 'SOLO')).toBe(2);
      expect(await takeNextInvoiceNumber(txn as unknown as Db, 'OTHER')).toBe(1);
    });
  });
});
