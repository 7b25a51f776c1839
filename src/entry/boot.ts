import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { openStorage, type Storage } from '../storage/db.js';
import { migrate } from '../storage/migrate.js';
import { bootstrapAdmin } from '../usecases/auth/bootstrap-admin.js';
import { loadSecretKey } from '../usecases/auth/load-secret-key.js';
import { recomputeStaleSla } from '../usecases/sla/recompute-stale-sla.js';

export interface Booted {
  storage: Storage;
  secretKey: string;
  /** Set when this start created the first admin. */
  firstAdmin: { email: string; oneTimePassword: string | null } | null;
}

/**
 * Opens storage, applies migrations (and the recompute step they may ask for), loads the token key and creates the first
 * admin on an empty database. Shared by every entry point.
 */
export async function boot(config: Config, clock: Clock, log: (msg: string) => void): Promise<Booted> {
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  const applied = await migrate(storage);
  if (applied.length) log(`applied ${applied.length} migration(s): ${applied.join(', ')}`);
  // A migration may mark stored due instants stale (R-T5); rewrite them before serving.
  const stale = await recomputeStaleSla({ db: storage.db, clock });
  if (stale.recomputed + stale.failed) log(`recomputed the SLA columns of ${stale.recomputed} open ticket(s)${stale.failed ? `, ${stale.failed} left to the SLA sweep` : ''}`);
  const secretKey = await loadSecretKey({ db: storage.db }, config.secretKey);
  const firstAdmin = await bootstrapAdmin({ db: storage.db, clock }, config.admin);
  return { storage, secretKey, firstAdmin };
}

/** The one-time password banner, printed once on the first start. */
export function firstAdminBanner(a: { email: string; oneTimePassword: string | null }): string {
  if (!a.oneTimePassword) return `Created the first admin ${a.email} with ADMIN_PASSWORD.`;
  const line = '='.repeat(64);
  return [
    line,
    ' Coverdesk created the first admin. This password is shown ONCE:',
    `   email:    ${a.email}`,
    `   password: ${a.oneTimePassword}`,
    ' Sign in and change it. (Set ADMIN_EMAIL/ADMIN_PASSWORD to choose them.)',
    line,
  ].join('\n');
}
