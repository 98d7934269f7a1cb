import type { TicketListFilters } from '../types';

/** The one query-key factory of the tickets feature; mutations invalidate by these prefixes. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (filters: TicketListFilters) => [...ticketKeys.lists(), filters] as const,
  byNumbers: () => [...ticketKeys.all, 'number'] as const,
  byNumber: (number: number) => [...ticketKeys.byNumbers(), number] as const,
  counts: () => [...ticketKeys.all, 'counts'] as const,
  activities: () => [...ticketKeys.all, 'activity'] as const,
  activity: (id: string) => [...ticketKeys.activities(), id] as const,
  /** A ticket's SLA explanation (`GET /api/tickets/{id}/sla`). */
  sla: (id: string) => [...ticketKeys.all, 'sla', id] as const,
  /** Mutation key: every in-flight change of one ticket, so sibling controls can wait. */
  update: (id: string) => [...ticketKeys.all, 'update', id] as const,
};
