import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Queue } from '../types';

export const queueKeys = {
  all: ['queues'] as const,
  lists: () => [...queueKeys.all, 'list'] as const,
};

export const fetchQueues = (signal?: AbortSignal) => api.get<Queue[]>('/api/queues', { signal });

export const queuesQueryOptions = () =>
  queryOptions({
    queryKey: queueKeys.lists(),
    queryFn: ({ signal }) => fetchQueues(signal),
    staleTime: 60_000,
  });

export function useQueues() {
  return useQuery(queuesQueryOptions());
}

/** Team queues people work from: not archived. */
export function useActiveQueues(): Queue[] {
  const { data } = useQueues();
  // the same array while the queues are the same: the list's memoised filters and nav compare it by reference
  return useMemo(() => (data ?? []).filter((q) => !q.archived), [data]);
}
