import type { VersionScheme } from '../../core/versions/version-scheme.js';
import type { ProductRow, VersionSchemeRow } from '../../storage/products.queries.js';
import type { ProductView } from '../../views/products.js';

export type { ProductView };

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
