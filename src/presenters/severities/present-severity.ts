import type { SeverityRow } from '../../storage/severities.queries.js';
import type { Localized, SeverityView } from '../../views/catalogue.js';

export type { Localized, SeverityView };

export function presentSeverity(r: SeverityRow): SeverityView {
  return {
    code: r.code,
    rank: r.rank,
    names: r.names as Localized,
    definitions: r.definitions as Partial<Localized>,
    archivedAt: r.archivedAt?.toISOString() ?? null,
  };
}
