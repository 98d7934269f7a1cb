import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  Activity,
  BulkTicketPatch,
  NewTicket,
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

export const fetchTickets = (filters: TicketListFilters, cursor: string | null, signal?: AbortSignal) =>
  api.get<TicketPage>('/api/tickets', {
    query: { ...filters, cursor, limit: PAGE_SIZE },
    signal,
  });
export const fetchTicketByNumber = (number: number, signal?: AbortSignal) =>
  api.get<Ticket>(`/api/ticket-numbers/${number}`, { signal });
export const fetchTicketCounts = (signal?: AbortSignal) => api.get<TicketCounts>('/api/tickets/counts', { signal });
export const fetchTicketActivity = (id: string, signal?: AbortSignal) =>
  api.get<{ items: Activity[] }>(`/api/tickets/${encodeURIComponent(id)}/activity`, { signal });
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

export const ticketActivityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ticketKeys.activity(id),
    queryFn: ({ signal }) => fetchTicketActivity(id, signal),
    select: (data) => data.items,
  });

export const useTicketList = (filters: TicketListFilters) => useInfiniteQuery(ticketListQueryOptions(filters));
export const useTicketCounts = () => useQuery(ticketCountsQueryOptions());
export const useTicketByNumber = (number: number) => useQuery(ticketByNumberQueryOptions(number));
export const useTicketActivity = (id: string | undefined) =>
  useQuery({ ...ticketActivityQueryOptions(id ?? ''), enabled: id !== undefined });
