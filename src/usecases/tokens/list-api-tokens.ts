import type { Actor } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { getApiTokenSettingsRow, listApiTokensOf } from '../../storage/tokens.queries.js';
import { presentApiToken, type ApiTokenView } from '../../presenters/tokens/present-api-token.js';

/**
 * The caller's own tokens, newest first, and how long a new one may live
 * (days): every signed-in person may make tokens, so the limits are theirs to read.
 */
export async function listApiTokens(deps: { db: Db }, input: { actor: Actor }): Promise<{ items: ApiTokenView[]; defaultDays: number; maxDays: number }> {
  const { defaultDays, maxDays } = await getApiTokenSettingsRow(deps.db);
  if (input.actor.kind === 'system') return { items: [], defaultDays, maxDays };
  return { items: (await listApiTokensOf(deps.db, input.actor.kind, input.actor.id)).map(presentApiToken), defaultDays, maxDays };
}
