/** A page of a list: items plus the total matching count. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** Clamps caller-supplied paging to sane bounds. */
export function pageRequest(limit?: number, offset?: number): PageRequest {
  return {
    limit: Math.min(Math.max(limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT),
    offset: Math.max(offset ?? 0, 0),
  };
}

/**
 * Parses "field" / "-field" against an allow-list; returns null for anything
 * else so callers fall back to their default order.
 */
export function parseSort<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
): { field: F; direction: 'asc' | 'desc' } | null {
  if (!sort) return null;
  const desc = sort.startsWith('-');
  const field = (desc ? sort.slice(1) : sort) as F;
  return allowed.includes(field) ? { field, direction: desc ? 'desc' : 'asc' } : null;
}
