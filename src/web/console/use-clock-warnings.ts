import { useEffect, useRef, useState } from 'react';
import { api, view } from '../api/client';
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
 * states change) to know when it turns amber. Four requests at a time.
 */
export function useClockWarnings(items: QueueItem[] | undefined): Map<string, ClockWarn> {
  const cache = useRef(new Map<string, ClockWarn>());
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (!items) return;
    const ctrl = new AbortController();
    const todo = items.filter((i) => i.queueDueAt && !cache.current.has(keyOf(i)));
    let next = 0;
    const worker = async () => {
      while (next < todo.length && !ctrl.signal.aborted) {
        const item = todo[next++]!;
        try {
          const t = await api.get('/agent/tickets/{id}', { params: { path: { id: item.id } }, signal: ctrl.signal }, view<StaffTicket>());
          cache.current.set(keyOf(item), { response: firstWarningAt(t.clocks?.response), resolution: firstWarningAt(t.clocks?.resolution) });
          if (!ctrl.signal.aborted) setVersion((v) => v + 1);
        } catch {
          // Without the plan's thresholds the row stays neutral until breach; nothing to report.
        }
      }
    };
    void Promise.all([worker(), worker(), worker(), worker()]);
    return () => ctrl.abort();
  }, [items]);
  const out = new Map<string, ClockWarn>();
  for (const i of items ?? []) {
    const w = cache.current.get(keyOf(i));
    if (w) out.set(i.id, w);
  }
  return out;
}
