/**
 * The queue as the agent last saw it (ids in order, and the filters' query
 * string), so j/k on a ticket page move to the next/previous ticket and "back"
 * returns to the same filtered queue. Kept for the browser tab only.
 */
const KEY = 'coverdesk.queue';

interface QueueMemory {
  ids: string[];
  search: string;
}

function read(): QueueMemory {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as QueueMemory | null;
    if (v && Array.isArray(v.ids) && typeof v.search === 'string') return v;
  } catch {
    // Storage unavailable or corrupted: start empty.
  }
  return { ids: [], search: '' };
}

export function rememberQueue(ids: string[], search: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ids, search }));
  } catch {
    // Private mode without storage: j/k on ticket pages just do nothing.
  }
}

/** The queue path with the filters last used. */
export function queuePath(): string {
  const { search } = read();
  return `/console/queue${search ? `?${search}` : ''}`;
}

/** The neighbour of a ticket in the remembered queue (+1 next, -1 previous), or null. */
export function neighbour(id: string, step: 1 | -1): string | null {
  const { ids } = read();
  const i = ids.indexOf(id);
  if (i < 0) return null;
  return ids[i + step] ?? null;
}
