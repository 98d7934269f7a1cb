import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Ticket, TicketPage } from '../types';
import { ticketKeys } from './ticket-keys';
import { fetchTicketByNumber } from './tickets-api';

export const SEARCH_LIMIT = 8;

/** "42" or "#42": the person means that ticket number. */
export function ticketNumberIn(text: string): number | undefined {
  const match = /^#?\s*(\d{1,9})$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Tickets for the command palette: the one with that number (when the text is one) first, then what the
 * list search finds across all views. The server scopes both to the current organisation; a number that
 * does not exist (or is another organisation's) is just not there.
 */
export async function searchTickets(text: string, signal?: AbortSignal): Promise<Ticket[]> {
  const number = ticketNumberIn(text);
  const [byNumber, found] = await Promise.all([
    number === undefined ? undefined : fetchTicketByNumber(number, signal).catch(() => undefined),
    api.get<TicketPage>('/api/tickets', { query: { view: 'all', q: text.trim(), limit: SEARCH_LIMIT }, signal }),
  ]);
  const rest = found.items.filter((t) => t.id !== byNumber?.id);
  return byNumber ? [byNumber, ...rest].slice(0, SEARCH_LIMIT) : rest;
}

export const ticketSearchQueryOptions = (text: string) =>
  queryOptions({
    queryKey: [...ticketKeys.all, 'search', text.trim()] as const,
    queryFn: ({ signal }) => searchTickets(text, signal),
    enabled: text.trim().length > 0,
    staleTime: 10_000,
  });
