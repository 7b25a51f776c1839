import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import { assertVersionScheme, expectedShape, type VersionScheme } from '../../core/versions/version-scheme.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findVersionSchemeRow, insertVersionSchemeRow, listVersionSchemeRows } from '../../storage/products.queries.js';
import { schemeOf } from './present-product.js';

export type VersionSchemeView = VersionScheme & { expected: string };

const view = (s: VersionScheme): VersionSchemeView => ({ ...s, expected: expectedShape(s) });

/** R-V2: every version scheme, with the shape people type. */
export async function listVersionSchemes(deps: { db: Db }): Promise<VersionSchemeView[]> {
  return (await listVersionSchemeRows(deps.db)).map((r) => view(schemeOf(r)));
}

/** One scheme. Throws NOT_FOUND. */
export async function getVersionScheme(deps: { db: Db }, input: { code: string }): Promise<VersionSchemeView> {
  const r = await findVersionSchemeRow(deps.db, input.code);
  if (!r) throw new DomainError('NOT_FOUND', `No version scheme ${input.code}.`);
  return view(schemeOf(r));
}

/**
 * R-V2: adds a scheme. Schemes never change once created (stored versions
 * were parsed with them); make a new one instead. Throws FORBIDDEN,
 * INVALID_VERSION_SCHEME, CONFLICT (code in use).
 */
export async function createVersionScheme(deps: { db: Db; clock: Clock }, input: { actor: Actor; scheme: VersionScheme }): Promise<VersionSchemeView> {
  assertCanEditCatalogue(input.actor);
  assertVersionScheme(input.scheme);
  const now = deps.clock.now();
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    if (!(await insertVersionSchemeRow(tx, { ...input.scheme, createdAt: now }))) {
      throw new DomainError('CONFLICT', `A version scheme ${input.scheme.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    await recordAudit(tx, { at: now, actor: input.actor, action: 'version_scheme.created', objectType: 'version_scheme', objectId: input.scheme.code });
    return view(input.scheme);
  });
}

/** R-V2: parses a version in a scheme (for forms). Throws NOT_FOUND, INVALID_VERSION. */
export async function checkVersion(deps: { db: Db }, input: { code: string; version: string }) {
  const s = await getVersionScheme(deps, { code: input.code });
  const key = parseVersion(s, input.version);
  return { scheme: s.code, version: formatVersion(key), parts: s.parts.map((p, i) => ({ key: p.key, label: p.label, value: key[i]! })) };
}
