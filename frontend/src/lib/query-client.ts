import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem, type ApiProblem } from './api-problem';

export interface AppQueryMeta extends Record<string, unknown> {
  /** A 401 here is an expected answer (e.g. "not signed in yet"), not an expired session. */
  skipAuthRedirect?: boolean;
}

export interface AppMutationMeta extends Record<string, unknown> {
  skipAuthRedirect?: boolean;
  /** Which kind of server state the mutation changed, so the app can refresh dependants. */
  changes?: 'tickets' | 'conversation' | 'queues' | 'members';
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiProblem;
    queryMeta: AppQueryMeta;
    mutationMeta: AppMutationMeta;
  }
}

export interface QueryClientHooks {
  /** Called when the server answers 401 to a call that expected a session (with that answer). */
  onUnauthenticated?: (problem: ApiProblem) => void;
  /** Called after any mutation that declared `meta.changes` succeeded or failed. */
  onServerStateChanged?: (client: QueryClient, changes: NonNullable<AppMutationMeta['changes']>) => void;
}

function isUnauthenticated(error: unknown): error is ApiProblem {
  return isApiProblem(error) && error.status === 401;
}

/** Retry only what may succeed on retry: network failures and 5xx, twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(hooks: QueryClientHooks = {}, options: { test?: boolean } = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && !query.meta?.skipAuthRedirect) hooks.onUnauthenticated?.(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthenticated(error) && !mutation.meta?.skipAuthRedirect) hooks.onUnauthenticated?.(error);
      },
      onSettled: (_data, _error, _variables, _context, mutation) => {
        const changes = mutation.meta?.changes;
        if (changes) hooks.onServerStateChanged?.(client, changes);
      },
    }),
    defaultOptions: {
      queries: {
        retry: options.test ? false : shouldRetry,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        gcTime: options.test ? Infinity : 5 * 60_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
