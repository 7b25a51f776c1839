import type { Actor } from '../../core/actor.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import type { Db } from '../../storage/db.js';
import { getVersionScheme } from './get-version-scheme.js';
import { authorize, STAFF } from '../../core/access.js';

/** R-V2: parses a version in a scheme (for forms). Throws NOT_FOUND, INVALID_VERSION. */
export async function checkVersion(deps: { db: Db }, input: { actor: Actor; code: string; version: string }) {
  authorize(input.actor, STAFF);
  const s = await getVersionScheme(deps, { actor: input.actor, code: input.code });
  const key = parseVersion(s, input.version);
  return { scheme: s.code, version: formatVersion(key), parts: s.parts.map((p, i) => ({ key: p.key, label: p.label, value: key[i]! })) };
}
