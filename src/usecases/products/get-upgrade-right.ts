import type { Actor } from '../../core/actor.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { classifyChange, type VersionChange } from '../../core/versions/classify-change.js';
import { formatVersion, parseVersion } from '../../core/versions/parse-version.js';
import { computeUpgradeRight, type UpgradeRight } from '../../core/versions/upgrade-right.js';
import type { Db } from '../../storage/db.js';
import { findInstalledRow } from '../../storage/products.queries.js';
import { customerLevelOn, planLevelOn, type PlanLevel } from './contract-entitlements.js';
import { loadProduct } from './load-product.js';
import { computeLifecycle } from './product-lifecycle.js';

export interface UpgradeRightView {
  productId: string;
  from: string;
  to: string;
  change: Omit<VersionChange, 'direction'>;
  right: UpgradeRight;
  /** The contract level used; null when no contract is in force (then nothing is covered). */
  plan: Omit<PlanLevel, 'entitlements'> | null;
}

export interface GetUpgradeRightInput {
  actor: Actor;
  productId: string;
  /** Target version; default the latest public version of the product. */
  to?: string;
  /** Portal: the customer's installation is the resource; none is NOT_FOUND. */
  requireInstalled?: boolean;
  /** Installed version; defaults to the customer's recorded one (R-V6). */
  from?: string;
  /** Use the customer's contract level on `date`… */
  customerId?: string;
  /** …or this plan's version in force on `date`. */
  planId?: string;
  /** 'YYYY-MM-DD', default today (UTC). */
  date?: string;
}

/**
 * R-V5: free | discount on licences + migration | not covered, with the
 * reason, for a contract level, an installed version and a target version.
 * Throws NOT_FOUND (product, another customer, no installation when
 * requireInstalled), VALIDATION_FAILED (no level
 * or no installed version given), INVALID_VERSION, NOT_AN_UPGRADE.
 */
export async function getUpgradeRight(deps: { db: Db; clock: Clock }, input: GetUpgradeRightInput): Promise<UpgradeRightView> {
  const date = input.date ?? todayUtc(deps.clock.now());
  const customerId = input.customerId ? customerScope(input.actor, input.customerId) : null;
  if (!customerId && !input.planId) throw new DomainError('VALIDATION_FAILED', 'Give a customer or a plan.', [{ path: 'customerId', problem: 'customerId or planId is required' }]);
  const { product, scheme } = await loadProduct(deps.db, input.productId);
  const installed = customerId ? await findInstalledRow(deps.db, customerId, product.id) : null;
  if (input.requireInstalled && !installed) throw new DomainError('NOT_FOUND', 'Your customer has no recorded version of this product.');
  const fromText = input.from ?? installed?.version;
  if (!fromText) throw new DomainError('VALIDATION_FAILED', 'The customer has no recorded version of this product; give the installed version.', [{ path: 'from', problem: 'required' }]);
  const from = parseVersion(scheme, fromText);
  const toText = input.to ?? (await computeLifecycle(deps.db, product, scheme)).latestVersion;
  if (!toText) throw new DomainError('NOT_AN_UPGRADE', 'The product has no published version yet.', { from: fromText, to: null });
  const to = parseVersion(scheme, toText);
  const { direction, ...change } = classifyChange(scheme, product.kind, from, to);
  if (direction !== 'upgrade') throw new DomainError('NOT_AN_UPGRADE', `${toText} is not later than ${fromText}.`, { from: fromText, to: toText, direction });
  const level = input.planId ? await planLevelOn(deps.db, input.planId, date) : await customerLevelOn(deps.db, customerId!, date);
  if (input.planId && !level) throw new DomainError('NOT_FOUND', 'No such plan, or no version of it in force on that date.');
  const right = computeUpgradeRight(level?.entitlements ?? null, { direction, ...change });
  const plan = level ? { planId: level.planId, code: level.code, name: level.name, version: level.version } : null;
  return { productId: product.id, from: formatVersion(from), to: formatVersion(to), change, right, plan };
}
