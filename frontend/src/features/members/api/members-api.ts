import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Member } from '../types';

export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
};

export const fetchMembers = (signal?: AbortSignal) => api.get<Member[]>('/api/members', { signal });

export const membersQueryOptions = () =>
  queryOptions({
    queryKey: memberKeys.lists(),
    queryFn: ({ signal }) => fetchMembers(signal),
    staleTime: 5 * 60_000,
  });

export function useMembers() {
  return useQuery(membersQueryOptions());
}
