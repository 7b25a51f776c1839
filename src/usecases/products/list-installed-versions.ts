import type { Actor } from '../../core/actor.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { classifyChange } from '../../core/versions/classify-change.js';
import { daysUntil } from '../../core/versions/end-of-life.js';
import { computeUpgradeRight } from '../../core/versions/upgrade-right.js';
import type { Db } from '../../storage/db.js';
import { findVersionSchemeRow, listInstalledRows, type InstalledVersionRow, type ProductRow } from '../../storage/products.queries.js';
import type { InstalledVersionView } from '../../views/products.js';
import { customerLevelOn, type PlanLevel } from './contract-entitlements.js';
import { schemeOf } from '../../presenters/products/present-product.js';
import { computeLifecycle, majorOf } from './product-lifecycle.js';

export type { InstalledVersionView };

/** One installation with its end of life and its right to the latest version. */
export async function describeInstallation(db: Db, today: string, i: InstalledVersionRow, product: ProductRow, level: PlanLevel | null): Promise<InstalledVersionView> {
  const s = await findVersionSchemeRow(db, product.schemeCode);
  const scheme = schemeOf(s!);
  const life = await computeLifecycle(db, product, scheme);
  const major = majorOf(life, scheme, i.versionKey);
  const change = life.latestVersionKey ? classifyChange(scheme, product.kind, i.versionKey, life.latestVersionKey) : null;
  return {
    product: { id: product.id, code: product.code, name: product.name, kind: product.kind, parentId: product.parentId },
    version: i.version,
    installedOn: i.installedOn,
    updatedAt: i.updatedAt.toISOString(),
    endOfLife: major?.endOfLife ?? null,
    daysToEndOfLife: major ? daysUntil(today, major.endOfLife) : null,
    latestVersion: life.latestVersion,
    upgradeToLatest: change?.direction === 'upgrade' ? computeUpgradeRight(level?.entitlements ?? null, change) : null,
  };
}

/**
 * R-V6 + R-V5: a customer's installed versions with end-of-life dates and
 * the upgrade right to each latest version. A contact sees only its own
 * customer (NOT_FOUND otherwise).
 */
export async function listInstalledVersions(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string }): Promise<{ items: InstalledVersionView[]; plan: Omit<PlanLevel, 'entitlements'> | null }> {
  const customerId = customerScope(input.actor, input.customerId);
  const today = todayUtc(deps.clock.now());
  const level = await customerLevelOn(deps.db, customerId, today);
  const items: InstalledVersionView[] = [];
  for (const { installed, product } of await listInstalledRows(deps.db, customerId)) items.push(await describeInstallation(deps.db, today, installed, product, level));
  return { items, plan: level ? { planId: level.planId, code: level.code, name: level.name, version: level.version } : null };
}
