import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from './db.js';
import { apiTokens, apiTokenSettings } from './schema/index.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [t] = await db.insert(apiTokens).values(row).returning();
  return t!;
}

/** Tokens of one principal: scoped in storage, so nobody lists another's tokens. */
export async function listApiTokensOf(db: Db, kind: 'user' | 'contact', principalId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.principalKind, kind), eq(apiTokens.principalId, principalId)))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes a token of this principal; false when none matched (missing or someone else's). */
export async function revokeApiTokenOf(
  db: Db,
  kind: 'user' | 'contact',
  principalId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(
      and(eq(apiTokens.id, id), eq(apiTokens.principalKind, kind), eq(apiTokens.principalId, principalId), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export type ApiTokenSettingsRow = typeof apiTokenSettings.$inferSelect;

export async function getApiTokenSettingsRow(db: Db): Promise<ApiTokenSettingsRow> {
  const [r] = await db.select().from(apiTokenSettings).limit(1);
  return r!;
}

export async function updateApiTokenSettingsRow(db: Db, patch: Partial<Pick<ApiTokenSettingsRow, 'defaultDays' | 'maxDays'>> & { updatedAt: Date; updatedBy: string | null }): Promise<ApiTokenSettingsRow> {
  const [r] = await db.update(apiTokenSettings).set(patch).where(eq(apiTokenSettings.id, true)).returning();
  return r!;
}

/**
 * Records a token's use, at most once a minute: the write happens only when
 * the stored instant is older than that, so a busy token costs one UPDATE a
 * minute, not one per request.
 */
export async function touchApiTokenLastUsed(db: Db, id: string, now: Date): Promise<void> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, minuteAgo))));
}
