import type { VersionKey } from './parse-version.js';
import type { VersionLevel, VersionScheme } from './version-scheme.js';

export type ProductKind = 'product' | 'module';

/** What moving from one version to another is (R-V5), decided by the most significant part that changes. */
export interface VersionChange {
  direction: 'upgrade' | 'same' | 'downgrade';
  /** Index of the first differing part; -1 when equal. */
  partIndex: number;
  /** 'platform' or 'module' (a `self` part takes the product's kind). */
  scope: 'platform' | 'module';
  level: VersionLevel;
  partLabel: string;
}

/**
 * Classifies from → to in `scheme` for a product of `kind`. Altanet
 * 5.1.2.10 → 5.1.3.0 is a module minor upgrade; → 5.2.0.0 a platform minor;
 * → 6.0.0.0 a platform major. Keys must come from parseVersion(scheme, …).
 */
export function classifyChange(scheme: VersionScheme, kind: ProductKind, from: VersionKey, to: VersionKey): VersionChange {
  const i = scheme.parts.findIndex((_p, k) => from[k] !== to[k]);
  const part = scheme.parts[i < 0 ? scheme.parts.length - 1 : i]!;
  const scope = part.scope === 'self' ? (kind === 'module' ? 'module' : 'platform') : part.scope;
  if (i < 0) return { direction: 'same', partIndex: -1, scope, level: part.level, partLabel: part.label };
  return { direction: to[i]! > from[i]! ? 'upgrade' : 'downgrade', partIndex: i, scope, level: part.level, partLabel: part.label };
}
