import type { ApiTokenRow } from '../../storage/tokens.queries.js';

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

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
