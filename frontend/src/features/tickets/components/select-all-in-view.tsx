import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { BULK_LIMIT, PAGE_SIZE, useTicketCounts, type useTicketList } from '../api/tickets-api';
import type { TicketCounts, TicketListFilters } from '../types';

/** The list a selection belongs to, as the bulk bar needs it for "Select all N in this view". */
export interface WholeView {
  filters: TicketListFilters;
  /** Which list this is (its filters): a selection made for an older list is dropped. */
  key: string;
  /** The list's query: what is loaded, whether there is more, and how to load the next page. */
  list: ReturnType<typeof useTicketList>;
  /** Makes these tickets the selection of list `key` (nothing if another list is shown by then). */
  select: (key: string, ids: string[]) => void;
}

/**
 * How many tickets the view holds, when the counts say it: a plain view or a team queue. With a filter or a
 * search on top, the server does not count, and the button says "all" without a number.
 */
export function viewTotal(filters: TicketListFilters, counts: TicketCounts | undefined): number | undefined {
  if (!counts || filters.status?.length || filters.priority || filters.assigneeId || filters.q) return undefined;
  if (filters.queueId) {
    return filters.view === 'active' ? counts.queues.find((q) => q.id === filters.queueId)?.count : undefined;
  }
  return counts.views[filters.view];
}

/** The words of the button: the number when it is known, and the first 500 when the view holds more. */
export function selectAllLabel(total: number | undefined): string {
  if (total === undefined) return 'Select all in this view';
  if (total > BULK_LIMIT) return `Select the first ${BULK_LIMIT} of ${total} in this view`;
  return `Select all ${total} in this view`;
}

/**
 * "Select all N in this view", beside the bulk bar's count once every loaded ticket is selected and the view holds
 * more. It loads the rest of the view, at most one more than a bulk change takes, and selects up to
 * {@link BULK_LIMIT} tickets in list order: a bulk change is one all-or-nothing request of at most that many
 * (docs/api.md), so a larger view is changed 500 at a time, and the bar says so instead of pretending otherwise.
 */
export function SelectAllInView({ view, selectedIds }: { view: WholeView; selectedIds: readonly string[] }) {
  const { filters, key, list, select } = view;
  const counts = useTicketCounts();
  const [state, setState] = useState<{ key: string; is: 'loading' | 'capped' | 'failed' } | null>(null);
  const current = state?.key === key ? state.is : null;
  const loaded = list.data?.pages.flatMap((page) => page.items) ?? [];
  const chosen = new Set(selectedIds);
  const allLoadedSelected = loaded.length > 0 && loaded.every((t) => chosen.has(t.id));

  const selectAll = async () => {
    setState({ key, is: 'loading' });
    let result = await list.fetchNextPage();
    let tickets = result.data?.pages.flatMap((page) => page.items) ?? [];
    while (result.hasNextPage && !result.isError && tickets.length <= BULK_LIMIT) {
      result = await list.fetchNextPage();
      tickets = result.data?.pages.flatMap((page) => page.items) ?? [];
    }
    if (result.isError) {
      setState({ key, is: 'failed' });
      return;
    }
    select(
      key,
      tickets.slice(0, BULK_LIMIT).map((t) => t.id),
    );
    setState(tickets.length > BULK_LIMIT ? { key, is: 'capped' } : null);
  };

  if (current === 'capped' && chosen.size === BULK_LIMIT) {
    return (
      <Text size="sm" role="status">
        The first {BULK_LIMIT} tickets of this view are selected: a bulk change takes at most {BULK_LIMIT}, all or
        nothing. Repeat for the rest.
      </Text>
    );
  }
  if (current === 'failed') {
    return (
      <Text size="sm" c="red.9" role="alert">
        Could not load the whole view; the loaded tickets stay selected.
      </Text>
    );
  }
  if (allLoadedSelected && list.hasNextPage) {
    return (
      <Button size="xs" variant="subtle" loading={current === 'loading'} onClick={() => void selectAll()}>
        {selectAllLabel(viewTotal(filters, counts.data))}
      </Button>
    );
  }
  if (allLoadedSelected && loaded.length > PAGE_SIZE) {
    return (
      <Text size="sm" role="status">
        All {loaded.length} tickets in this view are selected.
      </Text>
    );
  }
  return null;
}
