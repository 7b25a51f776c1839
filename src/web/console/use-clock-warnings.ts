import { useQueries } from '@tanstack/react-query';
import { api } from '../api/client';
import type { QueueItem, StaffTicket } from '../api/ticket-types';
import { firstWarningAt } from '../tickets/urgency';

export { firstWarningAt };

export interface ClockWarn {
  response: string | null;
  resolution: string | null;
}

const keyOf = (i: QueueItem) => [i.id, i.responseDueAt, i.resolutionDueAt, i.responseState, i.resolutionState].join('|');

/**
 * The queue list carries due times but not the plan's warning percents: read
 * each visible running ticket's clocks once (again only when its due times or
 * states change: they are in the cache key, and the answer never goes stale).
 */
export function useClockWarnings(items: QueueItem[] | undefined): Map<string, ClockWarn> {
  const running = (items ?? []).filter((i) => i.queueDueAt);
  return useQueries({
    queries: running.map((item) => ({
      queryKey: ['clock-warnings', keyOf(item)],
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ClockWarn> => {
        // The contract types SLA clock states as plain strings: read as the view (tighten the contract, then drop the cast).
        const t = (await api.get('/agent/tickets/{id}', { params: { path: { id: item.id } }, signal })) as StaffTicket;
        return { response: firstWarningAt(t.clocks?.response), resolution: firstWarningAt(t.clocks?.resolution) };
      },
      staleTime: Infinity,
      // Without the plan's thresholds the row stays neutral until breach; nothing to report.
      throwOnError: false,
    })),
    combine: (results) => {
      const out = new Map<string, ClockWarn>();
      results.forEach((r, n) => {
        if (r.data) out.set(running[n]!.id, r.data);
      });
      return out;
    },
  });
}
