import type { SeverityRow } from '../../storage/severities.queries.js';

/** Names and definitions per language (en required; es, el optional, falling back to en). */
export type Localized = { en: string; es?: string; el?: string };

export interface SeverityView {
  code: string;
  /** Lower rank = more severe (blocker 10 … trivial 40). */
  rank: number;
  names: Localized;
  definitions: Partial<Localized>;
  archivedAt: string | null;
}

export function presentSeverity(r: SeverityRow): SeverityView {
  return {
    code: r.code,
    rank: r.rank,
    names: r.names as Localized,
    definitions: r.definitions as Partial<Localized>,
    archivedAt: r.archivedAt?.toISOString() ?? null,
  };
}
