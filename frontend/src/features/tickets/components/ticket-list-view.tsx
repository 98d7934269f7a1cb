import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { useShortcuts } from '@/lib/shortcuts';
import tableClasses from './ticket-table.module.css';
import { useTicketList } from '../api/tickets-api';
import { DEFAULT_SORT, type Assignable, type QueueOption, type Ticket, type TicketListFilters } from '../types';
import { BulkActionBar } from './bulk-action-bar';
import { TicketFilters, type FiltersChange } from './ticket-filters';
import { TicketTable, type TicketTableHandle } from './ticket-table';

interface TicketListViewProps {
  title: string;
  filters: TicketListFilters;
  onFiltersChange: FiltersChange;
  members: Assignable[];
  queues: QueueOption[];
  currentUser: Assignable;
}

const EMPTY_SELECTION: ReadonlySet<string> = new Set();

function hasNarrowing(filters: TicketListFilters, inQueueView: boolean): boolean {
  return Boolean(filters.priority || filters.assigneeId || filters.q || (filters.queueId && !inQueueView));
}

function EmptyMessage({ filters, onFiltersChange }: { filters: TicketListFilters; onFiltersChange: FiltersChange }) {
  const inQueueView = filters.view === 'active' && Boolean(filters.queueId);
  const icon = <IconInbox size={32} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden />;
  if (hasNarrowing(filters, inQueueView)) {
    return (
      <EmptyState icon={icon} title="No tickets match these filters">
        Try another search or{' '}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() =>
            onFiltersChange({
              priority: undefined,
              assigneeId: undefined,
              q: undefined,
              ...(inQueueView ? {} : { queueId: undefined }),
            })
          }
        >
          clear the filters
        </Anchor>
        .
      </EmptyState>
    );
  }
  const messages: Record<TicketListFilters['view'], [string, ReactNode]> = {
    my: [
      'No tickets assigned to you — pick one from Unassigned',
      <>
        Tickets you own that are still open, in progress or pending show up here.{' '}
        <Anchor component={Link} to="/?view=unassigned" size="sm">
          Go to Unassigned
        </Anchor>
      </>,
    ],
    unassigned: ['Every active ticket has an owner', 'New tickets without an assignee will appear here.'],
    active: inQueueView
      ? ['This queue is clear', 'No open, in-progress or pending tickets in this queue.']
      : ['No active tickets', 'Open, in-progress and pending tickets appear here.'],
    open: ['No open tickets', 'New tickets start as Open.'],
    in_progress: ['Nothing in progress', 'Move a ticket to In Progress when you start on it.'],
    pending: ['Nothing pending', 'Tickets waiting on someone else show up here.'],
    resolved: ['No resolved tickets', 'Resolved tickets wait here until they are closed.'],
    closed: ['No closed tickets', 'Closed tickets end up here.'],
    all: ['No tickets yet', 'Create the first one with “New ticket”.'],
    at_risk: ['Nothing at risk', 'Active tickets whose SLA due time is close show up here.'],
    breached: ['No breached tickets', 'Active tickets past an SLA due time show up here.'],
  };
  const [title, hint] = messages[filters.view];
  return (
    <EmptyState icon={icon} title={title}>
      {hint}
    </EmptyState>
  );
}

/** The dashboard's work list: filters, table with inline controls, bulk bar, paging, j/k. */
export function TicketListView({ title, filters, onFiltersChange, members, queues, currentUser }: TicketListViewProps) {
  const list = useTicketList(filters);
  const tickets: Ticket[] = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const navigate = useNavigate();
  const tableRef = useRef<TicketTableHandle>(null);

  // Selection and keyboard position belong to one list: a new view or filter starts afresh.
  const filtersKey = JSON.stringify(filters);
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string>; anchor: number | null }>({
    key: filtersKey,
    ids: EMPTY_SELECTION,
    anchor: null,
  });
  const [active, setActive] = useState({ key: filtersKey, index: -1 });
  const selectedIds = selection.key === filtersKey ? selection.ids : EMPTY_SELECTION;
  const anchor = selection.key === filtersKey ? selection.anchor : null;
  const activeIndex = active.key === filtersKey ? Math.min(active.index, tickets.length - 1) : -1;
  const selectedTickets = tickets.filter((t) => selectedIds.has(t.id));

  const toggle = (index: number, extendRange: boolean) => {
    const target = tickets[index];
    if (!target) return;
    const next = new Set(selectedIds);
    const select = !selectedIds.has(target.id);
    if (extendRange && anchor !== null) {
      const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
      for (const t of tickets.slice(from, to + 1)) {
        if (select) next.add(t.id);
        else next.delete(t.id);
      }
    } else if (select) {
      next.add(target.id);
    } else {
      next.delete(target.id);
    }
    setSelection({ key: filtersKey, ids: next, anchor: index });
  };

  const toggleAll = () => {
    const allSelected = tickets.length > 0 && tickets.every((t) => selectedIds.has(t.id));
    setSelection({
      key: filtersKey,
      ids: allSelected ? EMPTY_SELECTION : new Set(tickets.map((t) => t.id)),
      anchor: null,
    });
  };

  const clearSelection = () => setSelection({ key: filtersKey, ids: EMPTY_SELECTION, anchor: null });

  // The rows are memoised: they get callbacks that stay the same and read the latest state when called.
  const latest = useRef({ toggle, filtersKey });
  useLayoutEffect(() => {
    latest.current = { toggle, filtersKey };
  });
  const stableToggle = useCallback(
    (index: number, extendRange: boolean) => latest.current.toggle(index, extendRange),
    [],
  );
  const stableActivate = useCallback((index: number) => setActive({ key: latest.current.filtersKey, index }), []);

  const count = tickets.length;
  const moveTo = (index: number) => {
    setActive({ key: filtersKey, index });
    tableRef.current?.focusRow(index);
  };
  const step = (by: 1 | -1) => {
    if (count === 0) return false;
    moveTo(activeIndex < 0 ? 0 : Math.min(Math.max(activeIndex + by, 0), count - 1));
  };
  useShortcuts({
    nextTicket: () => step(1),
    previousTicket: () => step(-1),
    openTicket: (event) => {
      const target = event.target;
      const onRowOrPage =
        target === document.body || (target instanceof HTMLElement && target.hasAttribute('data-ticket-row'));
      const ticket = activeIndex >= 0 ? tickets[activeIndex] : undefined;
      if (!onRowOrPage || !ticket) return false;
      void navigate(`/t/${ticket.number}`);
    },
    selectTicket: () => {
      if (activeIndex < 0 || !tickets[activeIndex]) return false;
      toggle(activeIndex, false);
    },
    search: () => {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Search tickets"]');
      if (!box) return false;
      box.focus();
      box.select();
    },
  });

  const sort = filters.sort ?? DEFAULT_SORT;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Title order={1} size="h3">
          {title}
        </Title>
        <TicketFilters filters={filters} onChange={onFiltersChange} members={members} queues={queues} />
      </Group>

      {selectedTickets.length > 0 && (
        <BulkActionBar selected={selectedTickets} members={members} onClear={clearSelection} />
      )}

      <Paper
        withBorder
        radius="md"
        aria-busy={list.isPlaceholderData}
        className={tableClasses.results}
        data-loaded-rows={tickets.length}
      >
        {list.isPending ? (
          <Center py={48}>
            <Loader size="sm" aria-label="Loading tickets" />
          </Center>
        ) : list.isError ? (
          <Alert color="red" variant="light" m="md" title="Could not load tickets">
            <Text size="sm" mb="xs">
              {list.error.humanMessage}
            </Text>
            <Button size="xs" variant="light" onClick={() => void list.refetch()}>
              Try again
            </Button>
          </Alert>
        ) : tickets.length === 0 ? (
          <EmptyMessage filters={filters} onFiltersChange={onFiltersChange} />
        ) : (
          <TicketTable
            ref={tableRef}
            tickets={tickets}
            members={members}
            currentUser={currentUser}
            sort={sort}
            onSortChange={(next) => onFiltersChange({ sort: next === DEFAULT_SORT ? undefined : next })}
            selectedIds={selectedIds}
            onToggle={stableToggle}
            onToggleAll={toggleAll}
            activeIndex={activeIndex}
            onActivate={stableActivate}
          />
        )}
      </Paper>

      {list.hasNextPage && (
        <Center>
          <Button
            variant="default"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}
