import type { ApiTokenRow } from '../../storage/tokens.queries.js';
import type { ApiTokenView } from '../../views/tokens.js';

export type { ApiTokenView };

/** The public face of a token: never its hash. */
export function presentApiToken(t: ApiTokenRow): ApiTokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: `cdt_${t.prefix}`,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
