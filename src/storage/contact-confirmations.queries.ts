import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { contactEmailConfirmations, contacts } from './schema/index.js';

export type ContactConfirmationRow = typeof contactEmailConfirmations.$inferSelect;

/** Records a confirmation link (its token's hash only). */
export async function insertContactConfirmation(db: Db, row: Omit<typeof contactEmailConfirmations.$inferInsert, 'id' | 'usedAt'>): Promise<void> {
  await db.insert(contactEmailConfirmations).values(row);
}

/** The unused link with this token hash, locked for the caller's transaction; null when unknown or used. */
export async function findOpenConfirmation(db: Db, tokenSha256: string): Promise<ContactConfirmationRow | null> {
  const [r] = await db
    .select()
    .from(contactEmailConfirmations)
    .where(and(eq(contactEmailConfirmations.tokenSha256, tokenSha256), isNull(contactEmailConfirmations.usedAt)))
    .for('update')
    .limit(1);
  return r ?? null;
}

export async function markConfirmationUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(contactEmailConfirmations).set({ usedAt: at }).where(eq(contactEmailConfirmations.id, id));
}

/**
 * Confirms the contact's address when it is still the one the link was sent
 * to (the address may have changed since) and the contact is live. Returns
 * whether it did. A unique violation (another confirmed contact has it) is the caller's.
 */
export async function confirmContactAddress(db: Db, contactId: string, email: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(contacts)
    .set({ emailConfirmedAt: at, updatedAt: at })
    .where(and(eq(contacts.id, contactId), isNull(contacts.archivedAt), sql`lower(${contacts.email}) = ${email.toLowerCase()}`))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

/** When the latest confirmation link of a contact was made, or null. */
export async function lastConfirmationAt(db: Db, contactId: string): Promise<Date | null> {
  const [r] = await db
    .select({ at: sql<Date | string | null>`max(${contactEmailConfirmations.createdAt})` })
    .from(contactEmailConfirmations)
    .where(eq(contactEmailConfirmations.contactId, contactId));
  return r?.at ? new Date(r.at) : null;
}
