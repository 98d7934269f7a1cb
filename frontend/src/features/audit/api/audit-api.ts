import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditPage } from '../types';

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  list: () => [...auditKeys.all, 'list'] as const,
};

export const fetchAudit = (cursor: string | null, signal?: AbortSignal) =>
  api.get<AuditPage>('/api/audit', { query: { cursor, limit: AUDIT_PAGE_SIZE }, signal });

/** The organisation's audit trail, newest first, page by page. */
export const auditQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(),
    queryFn: ({ pageParam, signal }) => fetchAudit(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useAudit = () => useInfiniteQuery(auditQueryOptions());
