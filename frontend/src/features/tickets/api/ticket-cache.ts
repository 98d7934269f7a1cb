import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Ticket, TicketPage } from '../types';
import { ticketKeys } from './ticket-keys';

const newer = (incoming: Ticket, cached: Ticket | undefined) => !cached || incoming.version >= cached.version;

/**
 * Writes a ticket the server just returned into every cached place that shows it, so controls
 * display the server's value at once (a stale answer never overwrites a newer one).
 */
export function writeTicket(queryClient: QueryClient, ticket: Ticket): void {
  queryClient.setQueryData<Ticket>(ticketKeys.byNumber(ticket.number), (old) => (newer(ticket, old) ? ticket : old));
  queryClient.setQueriesData<InfiniteData<TicketPage, string | null>>({ queryKey: ticketKeys.lists() }, (old) => {
    const replaces = (item: Ticket) => item.id === ticket.id && newer(ticket, item);
    if (!old?.pages.some((page) => page.items.some(replaces))) return old;
    return {
      ...old,
      pages: old.pages.map((page) => ({ ...page, items: page.items.map((item) => (replaces(item) ? ticket : item)) })),
    };
  });
}

/**
 * After a change to these tickets: lists (a ticket may leave or join a view), counts, the
 * tickets themselves and their activity. Not awaited: controls settle on the server's answer.
 */
export function invalidateTickets(queryClient: QueryClient, tickets: Pick<Ticket, 'id' | 'number'>[]): void {
  void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.counts() });
  for (const { id, number } of tickets) {
    void queryClient.invalidateQueries({ queryKey: ticketKeys.byNumber(number) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.activity(id) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.sla(id) });
  }
}
