import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import { createTestStorage, type TestStorage } from '../../test/support/engines.js';
import { startWorker } from './worker.js';

describe('the deadline worker', () => {
  let s: TestStorage;
  beforeAll(async () => {
    s = await createTestStorage('pglite');
  });
  afterAll(() => s.dispose());

  it('runs every sweep in one tick and stops cleanly', async () => {
    const logs: string[] = [];
    const w = startWorker(
      { db: s.storage.db, clock: manualClock('2026-11-20T10:00:00Z'), publicUrl: 'http://desk.test', log: { info: (_o, m) => logs.push(m ?? ''), error: (_o, m) => logs.push(`error ${m}`) } },
      { intervalMs: 60_000, renewalNoticeDays: 30, run: false },
    );
    const r = await w.tick();
    expect(Object.keys(r).sort()).toEqual(['endOfLife', 'maintenance', 'pending', 'renewals', 'sla']);
    await w.stop();
    expect(logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});
