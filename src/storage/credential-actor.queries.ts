import type { Actor, StaffRole } from '../core/actor.js';
import type { Db } from './db.js';
import { coalesce } from './coalesce.js';
import { prepared, runPrepared } from './prepared.js';

/**
 * Credential → acting principal in one statement (every authenticated request
 * runs one of these, so they are prepared and concurrent lookups are merged:
 * docs/ARCHITECTURE.md "Hot paths"). A revoked or expired credential, or an
 * archived principal, gives null.
 */
const PRINCIPAL_COLUMNS = `
  cr.principal_kind AS "kind", cr.principal_id AS "id",
  u.id AS "userId", u.role AS "role", u.must_change_password AS "mustChangePassword",
  c.id AS "contactId", c.customer_id AS "customerId", c.is_authorized AS "isAuthorized", c.is_administrator AS "isAdministrator",
  coalesce(u.name, c.name) AS "name", coalesce(u.email, c.email) AS "email",
  coalesce(u.locale, c.locale) AS "locale", coalesce(u.time_zone, c.time_zone) AS "timeZone"`;
const PRINCIPAL_JOINS = `
  LEFT JOIN users u ON cr.principal_kind = 'user' AND u.id = cr.principal_id AND u.archived_at IS NULL
  LEFT JOIN contacts c ON cr.principal_kind = 'contact' AND c.id = cr.principal_id AND c.archived_at IS NULL`;

const BY_API_TOKEN = prepared(
  'credential_actor_by_api_token',
  `SELECT q.i AS "$i", ${PRINCIPAL_COLUMNS}, cr.id AS "tokenId", cr.last_used_at AS "lastUsedAt"
     FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS q(hash, now, i)
     JOIN api_tokens cr ON cr.token_hash = q.hash AND cr.revoked_at IS NULL AND (cr.expires_at IS NULL OR cr.expires_at > q.now)
     ${PRINCIPAL_JOINS}`,
);
const BY_SESSION = prepared(
  'credential_actor_by_session',
  `SELECT q.i AS "$i", ${PRINCIPAL_COLUMNS}, cr.csrf_token AS "csrfToken"
     FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS q(hash, now, i)
     JOIN sessions cr ON cr.id_hash = q.hash AND cr.expires_at > q.now
     ${PRINCIPAL_JOINS}`,
);

interface PrincipalRow {
  $i: number;
  kind: 'user' | 'contact';
  id: string;
  userId: string | null;
  role: StaffRole | null;
  mustChangePassword: boolean | null;
  contactId: string | null;
  customerId: string | null;
  isAuthorized: boolean | null;
  isAdministrator: boolean | null;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  csrfToken?: string;
  tokenId?: string;
  lastUsedAt?: string | Date | null;
}

function toActor(r: PrincipalRow): Actor | null {
  const base = { name: r.name, email: r.email, locale: r.locale, timeZone: r.timeZone };
  if (r.kind === 'user') return r.userId ? { kind: 'user', id: r.userId, role: r.role!, ...base, mustChangePassword: r.mustChangePassword ?? false } : null;
  return r.contactId ? { kind: 'contact', id: r.contactId, customerId: r.customerId!, isAuthorized: r.isAuthorized!, isAdministrator: r.isAdministrator!, ...base } : null;
}

const BY_ID = prepared(
  'principal_by_id',
  `SELECT 1 AS "$i", ${PRINCIPAL_COLUMNS} FROM (SELECT $1::text AS principal_kind, $2::uuid AS principal_id) cr ${PRINCIPAL_JOINS}`,
);

/** A live principal by kind and id (the same mapping as the credential lookups); null when missing or archived. */
export async function findActorById(db: Db, kind: 'user' | 'contact', id: string): Promise<Actor | null> {
  const [r] = await runPrepared<PrincipalRow>(db, BY_ID, [kind, id]);
  return r ? toActor(r) : null;
}

type Lookup = { hash: string; now: Date };

/** Rows of a lookup statement back in the lookups' order (null where none matched). */
function byLookup<R extends { $i: number }>(stmt: typeof BY_API_TOKEN) {
  return async (db: Db, lookups: Lookup[]): Promise<Array<R | null>> => {
    const rows = await runPrepared<R>(db, stmt, [lookups.map((l) => l.hash), lookups.map((l) => l.now)]);
    const out: Array<R | null> = lookups.map(() => null);
    for (const r of rows) out[Number(r.$i) - 1] = r;
    return out;
  };
}

const tokenLookup = coalesce(byLookup<PrincipalRow>(BY_API_TOKEN));
const sessionLookup = coalesce(byLookup<PrincipalRow>(BY_SESSION));

/** The live principal behind an API token's keyed hash, with the token's id and last use. */
export async function findActorByApiToken(db: Db, tokenHash: string, now: Date): Promise<{ actor: Actor; tokenId: string; lastUsedAt: Date | null } | null> {
  const r = await tokenLookup(db, { hash: tokenHash, now });
  const actor = r ? toActor(r) : null;
  return actor ? { actor, tokenId: r!.tokenId!, lastUsedAt: r!.lastUsedAt ? new Date(r!.lastUsedAt) : null } : null;
}

/** The live principal behind a session id's keyed hash, with the session's CSRF token. */
export async function findActorBySession(db: Db, idHash: string, now: Date): Promise<{ actor: Actor; csrfToken: string } | null> {
  const r = await sessionLookup(db, { hash: idHash, now });
  const actor = r ? toActor(r) : null;
  return actor ? { actor, csrfToken: r!.csrfToken! } : null;
}
