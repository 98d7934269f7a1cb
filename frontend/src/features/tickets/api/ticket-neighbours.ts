import { useEffect, useMemo, useRef } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TicketListFilters } from '../types';
import { ticketListQueryOptions } from './tickets-api';

/** The ticket `by` places after (or before) `current` in a list's order; undefined at either end or if absent. */
export function neighbourIn(numbers: readonly number[], current: number, by: 1 | -1): number | undefined {
  const index = numbers.indexOf(current);
  return index < 0 ? undefined : numbers[index + by];
}

/**
 * Next and previous ticket of the list the agent came from (`filters`; null: not from a list). Uses the
 * list's own cache entry (the same query key), so it is the order the agent saw, and loads the next page
 * when the ticket is the last loaded one. A ticket that leaves the view (its status changed) keeps the
 * neighbours it had while it was in it.
 */
export function useTicketNeighbours(filters: TicketListFilters | null, current: number) {
  const list = useInfiniteQuery({
    ...ticketListQueryOptions(filters ?? { view: 'all' }),
    enabled: filters !== null,
    refetchInterval: false,
  });
  const numbers = useMemo(() => list.data?.pages.flatMap((page) => page.items.map((t) => t.number)) ?? [], [list.data]);
  const lastSeen = useRef<readonly number[]>([]);
  useEffect(() => {
    if (numbers.includes(current)) lastSeen.current = numbers;
  }, [numbers, current]);

  const { hasNextPage, fetchNextPage } = list;
  return async (by: 1 | -1): Promise<number | undefined> => {
    const order = numbers.includes(current) ? numbers : lastSeen.current;
    const found = neighbourIn(order, current, by);
    if (found !== undefined || by === -1 || !hasNextPage || order.at(-1) !== current) return found;
    const more = await fetchNextPage();
    const longer = more.data?.pages.flatMap((page) => page.items.map((t) => t.number)) ?? [];
    return neighbourIn(longer, current, by);
  };
}
