import type { VersionScheme } from '../../core/versions/version-scheme.js';
import type { ProductRow, VersionSchemeRow } from '../../storage/products.queries.js';

export interface ProductView {
  id: string;
  code: string;
  name: string;
  kind: 'product' | 'module';
  /** The product a module belongs to (R-V1); null for products. */
  parentId: string | null;
  schemeCode: string;
  description: string;
  /** R-V5: a major version's life from its first release, in months (default 36). */
  majorLifetimeMonths: number;
  /** R-V5: end-of-life warnings, days before (one notice per threshold). */
  eolWarningDays: number[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentProduct(r: ProductRow): ProductView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parentId,
    schemeCode: r.schemeCode,
    description: r.description,
    majorLifetimeMonths: r.majorLifetimeMonths,
    eolWarningDays: r.eolWarningDays,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A stored scheme as the core type (R-V2). */
export function schemeOf(r: VersionSchemeRow): VersionScheme {
  return { code: r.code, name: r.name, parts: r.parts, example: r.example };
}
