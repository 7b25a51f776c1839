import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Mirrors migrations/20261207070000-sweep-failures.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sweepFailures = pgTable(
  'sweep_failures',
  {
    sweep: text('sweep').notNull(),
    itemId: text('item_id').notNull(),
    attempts: integer('attempts').notNull(),
    lastError: text('last_error').notNull(),
    firstFailedAt: ts('first_failed_at').notNull(),
    lastFailedAt: ts('last_failed_at').notNull(),
    retryAt: ts('retry_at').notNull(),
    quarantinedAt: ts('quarantined_at'),
  },
  (t) => [primaryKey({ columns: [t.sweep, t.itemId] }), index('sweep_failures_quarantined_idx').on(t.quarantinedAt)],
);
