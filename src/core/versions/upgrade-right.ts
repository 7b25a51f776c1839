import type { Entitlements } from '../catalogue/plan-terms-schema.js';
import type { VersionChange } from './classify-change.js';
import { levelRank } from './version-scheme.js';

export interface UpgradeReason {
  /** Stable code for programs and translations, e.g. 'free_within_level', 'major_upgrade_discount', 'scope_not_included'. */
  code: string;
  message: string;
}

/** R-V5: what an upgrade costs under a contract level. */
export type UpgradeRight =
  | { outcome: 'free'; scope: 'platform' | 'module'; level: string; reason: UpgradeReason }
  | {
      outcome: 'discount';
      scope: 'platform' | 'module';
      level: string;
      /** Discount on the licences, percent (Altanet 002: 50). */
      licenceDiscountPercent: number;
      /** Data migration: priced after an estimate, or included. */
      migration: 'estimate' | 'included';
      reason: UpgradeReason;
    }
  | { outcome: 'not_covered'; scope: 'platform' | 'module'; level: string; reason: UpgradeReason };

const FREE_RANK: Record<string, number> = { none: 0, hotfix: 1, minor: 2, major: 3 };

/**
 * R-V5 as data: `entitlements.freeUpgrades.platform|modules` is the highest level whose
 * upgrades are free ('none' when absent); a major upgrade that is not free
 * costs the licences minus `majorUpgradeLicenceDiscountPercent` plus the
 * migration (`majorUpgradeMigration`, default 'estimate'); anything else is
 * not covered. `entitlements` null = no contract in force. `change` must be
 * an upgrade (callers refuse the rest with NOT_AN_UPGRADE).
 */
export function computeUpgradeRight(entitlements: Entitlements | null, change: VersionChange): UpgradeRight {
  const { scope, level } = change;
  const base = { scope, level };
  if (!entitlements) return { outcome: 'not_covered', ...base, reason: { code: 'no_contract', message: 'No contract is in force, so no upgrade is covered.' } };
  const free = entitlements.freeUpgrades?.[scope === 'module' ? 'modules' : 'platform'] ?? 'none';
  if (FREE_RANK[free]! >= levelRank(level)) {
    return { outcome: 'free', ...base, reason: { code: 'free_within_level', message: `The contract level includes ${scope} upgrades up to ${free} level for free; this is a ${level} upgrade (${change.partLabel}).` } };
  }
  const pct = entitlements.majorUpgradeLicenceDiscountPercent;
  if (level === 'major' && pct !== undefined) {
    const migration = entitlements.majorUpgradeMigration ?? 'estimate';
    return {
      outcome: 'discount',
      ...base,
      licenceDiscountPercent: pct,
      migration,
      reason: {
        code: 'major_upgrade_discount',
        message: `A major upgrade is offered with ${pct}% off the licences${migration === 'estimate' ? ', plus the data migration priced after an estimate' : ', migration included'}.`,
      },
    };
  }
  return {
    outcome: 'not_covered',
    ...base,
    reason: {
      code: 'scope_not_included',
      message: free === 'none' ? `The contract level includes no free ${scope} upgrades; this is a ${level} upgrade (${change.partLabel}).` : `The contract level includes ${scope} upgrades up to ${free} level only; this is a ${level} upgrade (${change.partLabel}).`,
    },
  };
}
