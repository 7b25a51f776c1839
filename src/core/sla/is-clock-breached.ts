/** A clock as the tickets table stores it (the last evaluateClock, R-S1). */
export interface StoredClock {
  /** 'not_applicable' | 'running' | 'paused' | 'met' | 'breached' (SlaClockState). */
  state: string;
  /** Epoch seconds; null with no commitment. */
  dueAt: number | null;
  indicative: boolean;
}

/**
 * R-S4, R-T5: a commitment is breached at `now` (epoch seconds) when it was
 * recorded breached, or is still running with its due instant at or before
 * now; indicative targets never breach (evaluate-clock.ts says the same of a
 * timeline). The queue filter repeats this in SQL for speed
 * (storage/ticket-queue.queries.ts breachedSql); storage/rules-sql-vs-core.test.ts
 * drives both with generated cases.
 */
export function isClockBreachedAt(c: StoredClock, now: number): boolean {
  if (c.indicative) return false;
  return c.state === 'breached' || (c.state === 'running' && c.dueAt !== null && c.dueAt <= now);
}
