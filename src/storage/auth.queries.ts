import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../core/actor.js';
import { findActorById } from './credential-actor.queries.js';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { contacts, instanceSecrets, sessions, users } from './schema/index.js';

export type PrincipalKind = 'user' | 'contact';

/** A sign-in candidate: a vendor user or a customer's contact, by email. */
export interface Credentials {
  kind: PrincipalKind;
  id: string;
  passwordHash: string | null;
  archived: boolean;
}

export async function findCredentialsByEmail(db: Db, email: string): Promise<Credentials | null> {
  const e = email.trim().toLowerCase();
  const [u] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, archivedAt: users.archivedAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${e}`)
    .limit(1);
  if (u) return { kind: 'user', id: u.id, passwordHash: u.passwordHash, archived: u.archivedAt !== null };
  const [c] = await db
    .select({ id: contacts.id, passwordHash: contacts.passwordHash, archivedAt: contacts.archivedAt })
    .from(contacts)
    // A contact signs in only with a confirmed address (issue 13 item 6).
    .where(and(sql`lower(${contacts.email}) = ${e}`, isNull(contacts.archivedAt), isNotNull(contacts.emailConfirmedAt)))
    .limit(1);
  if (c) return { kind: 'contact', id: c.id, passwordHash: c.passwordHash, archived: false };
  return null;
}

/** Loads the acting principal; null when it is missing or archived. */
export function findActor(db: Db, kind: PrincipalKind, id: string): Promise<Actor | null> {
  return findActorById(db, kind, id);
}

export async function insertSession(
  db: Db,
  s: { idHash: string; kind: PrincipalKind; principalId: string; csrf: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values({
    idHash: s.idHash,
    principalKind: s.kind,
    principalId: s.principalId,
    csrfToken: s.csrf,
    createdAt: s.now,
    expiresAt: s.expiresAt,
    lastSeenAt: s.now,
  });
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a principal (password change, archive). */
export async function deleteSessionsOf(db: Db, kind: PrincipalKind, id: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.principalKind, kind), eq(sessions.principalId, id)));
}

/** Returns the instance secret `name`, creating it once (first writer wins across processes). */
export async function getOrCreateInstanceSecret(db: Db, name: string, candidate: string): Promise<string> {
  await db.insert(instanceSecrets).values({ name, value: candidate }).onConflictDoNothing();
  const rows = rowsOf<{ value: string }>(
    await db.execute(sql`SELECT value FROM instance_secrets WHERE name = ${name}`),
  );
  return rows[0]!.value;
}
