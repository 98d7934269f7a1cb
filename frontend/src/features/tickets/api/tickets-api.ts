import { useEffect } from 'react';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ActivityPage,
  BulkTicketPatch,
  NewTicket,
  SlaExplanation,
  Ticket,
  TicketCounts,
  TicketListFilters,
  TicketPage,
  TicketPatch,
} from '../types';
import { ticketKeys } from './ticket-keys';

/** Lists and counts are work queues: keep them fresh while the page is open. */
export const LIVE_REFETCH_MS = 30_000;
export const PAGE_SIZE = 50;
/** The most tickets one bulk change takes, all or nothing (the server's TicketManagement.MAX_BULK_ITEMS). */
export const BULK_LIMIT = 500;

export const fetchTickets = (filters: TicketListFilters, cursor: string | null, signal?: AbortSignal) =>
  api.get<TicketPage>('/api/tickets', {
    query: { ...filters, cursor, limit: PAGE_SIZE },
    signal,
  });
export const fetchTicketByNumber = (number: number, signal?: AbortSignal) =>
  api.get<Ticket>(`/api/ticket-numbers/${number}`, { signal });
export const fetchTicketCounts = (signal?: AbortSignal) => api.get<TicketCounts>('/api/tickets/counts', { signal });
/** The server's largest activity page: a ticket's history usually fits in one. */
export const ACTIVITY_PAGE_SIZE = 200;

export const fetchTicketActivity = (id: string, cursor: string | null, signal?: AbortSignal) =>
  api.get<ActivityPage>(`/api/tickets/${encodeURIComponent(id)}/activity`, {
    query: { cursor, limit: ACTIVITY_PAGE_SIZE },
    signal,
  });
export const fetchTicketSla = (id: string, signal?: AbortSignal) =>
  api.get<SlaExplanation>(`/api/tickets/${encodeURIComponent(id)}/sla`, { signal });
export const patchTicket = (id: string, patch: TicketPatch) =>
  api.patch<Ticket>(`/api/tickets/${encodeURIComponent(id)}`, patch);
export const patchTickets = (items: BulkTicketPatch[]) => api.patch<Ticket[]>('/api/tickets/bulk', items);
export const createTicket = (ticket: NewTicket) => api.post<Ticket>('/api/tickets', ticket);

export const ticketListQueryOptions = (filters: TicketListFilters) =>
  infiniteQueryOptions({
    queryKey: ticketKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchTickets(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    refetchInterval: LIVE_REFETCH_MS,
    // Changing a filter or typing a search keeps the rows on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export const ticketCountsQueryOptions = () =>
  queryOptions({
    queryKey: ticketKeys.counts(),
    queryFn: ({ signal }) => fetchTicketCounts(signal),
    refetchInterval: LIVE_REFETCH_MS,
  });

export const ticketByNumberQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ticketKeys.byNumber(number),
    queryFn: ({ signal }) => fetchTicketByNumber(number, signal),
  });

/** A ticket's activity, newest first, page by page (the server pages by cursor). */
export const ticketActivityQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: ticketKeys.activity(id),
    queryFn: ({ pageParam, signal }) => fetchTicketActivity(id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.items),
  });

/** Why a ticket is due when it is; fetched when someone opens the SLA details. */
export const useTicketSla = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ticketKeys.sla(id),
    queryFn: ({ signal }) => fetchTicketSla(id, signal),
    enabled,
  });

export const useTicketList = (filters: TicketListFilters) => useInfiniteQuery(ticketListQueryOptions(filters));
export const useTicketCounts = () => useQuery(ticketCountsQueryOptions());
export const useTicketByNumber = (number: number) => useQuery(ticketByNumberQueryOptions(number));
/**
 * The ticket's activity as far as loaded, for readers beside the timeline (who changed what): it
 * does not load further pages itself (useTicketActivity does, once, for the page).
 */
export const useLoadedTicketActivity = (id: string | undefined) =>
  useInfiniteQuery({ ...ticketActivityQueryOptions(id ?? ''), enabled: id !== undefined });

/**
 * A ticket's whole activity: the timeline merges it with the conversation by time, so it loads every page
 * (one request for nearly every ticket) and counts as pending until the last one is in.
 */
export const useTicketActivity = (id: string | undefined) => {
  const query = useInfiniteQuery({ ...ticketActivityQueryOptions(id ?? ''), enabled: id !== undefined });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) {
      void fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return {
    data: query.data,
    isPending: query.isPending || (hasNextPage && !isError),
    error: isError ? query.error : undefined,
  };
};
