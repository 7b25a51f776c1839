import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { apiTokens } from './schema/index.js';

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
