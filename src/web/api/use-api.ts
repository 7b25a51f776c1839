// The data layer (issue 15 item 7): TanStack Query caches what the API answered, refetches it
// when a screen comes back or the window regains focus, and refetches every query on screen after
// a successful write (the query client's mutation cache, query-client.ts).
import { keepPreviousData, useMutation, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from './api-error';
import { api } from './client';
import type { Args, PathFor, Result } from './contract';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', (err as Error)?.message ?? String(err));
}

interface LoadOptions {
  /** False: do not load (yet); data stays undefined. */
  enabled?: boolean;
}

/**
 * A cached load under `key` (it names what is loaded and every input: a change loads again).
 * Keeps showing the previous data while the next key loads, so lists do not flash.
 */
export function useLoad<T>(key: QueryKey, load: (signal: AbortSignal) => Promise<T>, opts: LoadOptions = {}): ApiState<T> {
  const q = useQuery({ queryKey: key, queryFn: ({ signal }) => load(signal), placeholderData: keepPreviousData, enabled: opts.enabled ?? true });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: q.data, error: q.error ? asApiError(q.error) : null, loading: q.isFetching, reload };
}

/** The cache key of a GET: its contract path, then its path and query parameters. */
export function apiKey(path: string, params?: unknown): QueryKey {
  return params === undefined ? ['api', path] : ['api', path, params];
}

/**
 * GET one contract path, cached: `useApiQuery('/agent/tickets/{id}', { params: { path: { id } } })`.
 * A route whose response the contract does not describe yet takes the expected view as a marker:
 * `useApiQuery(path, init, view<TicketView>())`.
 */
export function useApiQuery<P extends PathFor<'get'>, T = never>(path: P, ...args: Args<P, 'get', T>): ApiState<Result<P, 'get', T>> {
  const init = args[0] as { params?: unknown } | undefined;
  return useLoad(apiKey(path, init?.params), (signal) => (api.get as (p: string, i: object) => Promise<Result<P, 'get', T>>)(path, { ...init, signal }));
}

export interface Action<A extends unknown[], R> {
  run(...args: A): Promise<R | undefined>;
  pending: boolean;
  error: ApiError | null;
  reset(): void;
}

/**
 * Wraps a write: tracks pending and the last error; resolves undefined on failure. A success
 * refetches the queries on screen (query-client.ts).
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const m = useMutation<R, unknown, A>({ mutationFn: (args) => fn(...args) });
  const { mutateAsync, reset } = m;
  const run = useCallback(async (...args: A) => {
    try {
      return await mutateAsync(args);
    } catch {
      return undefined;
    }
  }, [mutateAsync]);
  return { run, pending: m.isPending, error: m.error ? asApiError(m.error) : null, reset };
}
