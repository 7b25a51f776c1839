import { MutationCache, QueryClient } from '@tanstack/react-query';

/**
 * One query client per page load. After any successful write every query is marked stale and the
 * ones on screen refetch: writes here are few and screens small, so this keeps every list and
 * panel true without naming, per write, what it changed.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      // Queries whose key holds every input that changes their answer (the queue's clock
      // warnings: the due times) are never stale.
      onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'clock-warnings' }),
    }),
    defaultOptions: {
      // The API's 4xx are answers (not found, forbidden): show them at once instead of retrying.
      queries: { retry: false },
      mutations: { retry: false },
    },
  });
  return client;
}
