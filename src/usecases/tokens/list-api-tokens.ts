import type { Actor } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { listApiTokensOf } from '../../storage/tokens.queries.js';
import { presentApiToken, type ApiTokenView } from './present-api-token.js';

/** The caller's own tokens, newest first. */
export async function listApiTokens(deps: { db: Db }, input: { actor: Actor }): Promise<ApiTokenView[]> {
  if (input.actor.kind === 'system') return [];
  return (await listApiTokensOf(deps.db, input.actor.kind, input.actor.id)).map(presentApiToken);
}
