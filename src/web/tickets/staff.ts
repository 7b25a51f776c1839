import { useMemo } from 'react';
import type { StaffMemberView } from '../../views/staff';
import { useApiQuery } from '../api/use-api';

export interface StaffDirectory {
  /** Everyone, archived included, by name; empty while loading. */
  all: StaffMemberView[];
  /** Who may be given a ticket: not archived. */
  assignable: StaffMemberView[];
  /** A vendor user's name, undefined when unknown. */
  name(id: string): string | undefined;
}

/** The staff directory (GET /agent/staff), readable by every vendor user: names in history, assignee pickers and filters. */
export function useStaffDirectory(): StaffDirectory {
  const state = useApiQuery('/agent/staff');
  return useMemo(() => {
    const all = state.data?.items ?? [];
    const names = new Map(all.map((m) => [m.id, m.name]));
    return { all, assignable: all.filter((m) => !m.archived), name: (id: string) => names.get(id) };
  }, [state.data]);
}
