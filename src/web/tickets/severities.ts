import { useCallback, useMemo } from 'react';
import { api, isApiError, view } from '../api/client';
import type { SeverityView } from '../api/catalogue-types';
import { useLoad } from '../api/use-api';
import { useLocalized } from '../admin/shared/lookups';
import { useSession } from '../session/session-context';
import { humanizeCode } from './labels';

export interface SeverityCatalog {
  /** Known severities, most severe first; empty when the caller may not read them. */
  list: SeverityView[];
  /** The severity's name in the UI language (the code, prettified, when unknown). */
  name(code: string): string;
  /** Its definition in the UI language (R-K2), '' when unknown. */
  definition(code: string): string;
  rank(code: string): number;
}

/**
 * Severity names and definitions: staff read the catalogue; contacts read
 * GET /portal/severities when the server has it, else see the codes prettified.
 */
export function useSeverityCatalog(): SeverityCatalog {
  const { actor } = useSession();
  const contact = actor?.kind === 'contact';
  const localized = useLocalized();
  const state = useLoad(['severities', contact], async (signal) => {
    try {
      // Contacts read the live catalogue only (no archivedAt): the same shape otherwise.
      const page = contact
        ? ((await api.get('/portal/severities', { signal })) as { items: SeverityView[] })
        : await api.get('/admin/severities', { params: { query: { limit: 200 } }, signal }, view<{ items: SeverityView[] }>());
      return [...page.items].sort((a, b) => a.rank - b.rank);
    } catch (err) {
      if (isApiError(err)) return [] as SeverityView[];
      throw err;
    }
  });
  const list = useMemo(() => state.data ?? [], [state.data]);
  const find = useCallback((code: string) => list.find((s) => s.code === code), [list]);
  return {
    list,
    name: (code) => {
      const s = find(code);
      return s ? localized(s.names) || humanizeCode(code) : humanizeCode(code);
    },
    definition: (code) => localized(find(code)?.definitions),
    rank: (code) => find(code)?.rank ?? Number.MAX_SAFE_INTEGER,
  };
}
