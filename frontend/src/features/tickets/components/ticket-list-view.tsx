import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Anchor, Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { openServerSelect } from '@/components/lazy-server-select';
import { useShortcuts } from '@/lib/shortcuts';
import tableClasses from './ticket-table.module.css';
import { useTicketList } from '../api/tickets-api';
import { defaultSort, type Assignable, type QueueOption, type Ticket, type TicketListFilters } from '../types';
import type * as BulkBar from './bulk-action-bar';
import { TicketFilters, type FiltersChange } from './ticket-filters';
import { TicketTable, type TicketTableHandle } from './ticket-table';
import { useLeavingRows } from './use-leaving-rows';
import { useLoadMore } from './use-load-more';

interface TicketListViewProps {
  title: string;
  filters: TicketListFilters;
  onFiltersChange: FiltersChange;
  members: Assignable[];
  queues: QueueOption[];
  currentUser: Assignable;
  /**
   * Loads the bulk bar (and "Select all N in this view") when someone first selects a ticket: it is not part of
   * the first page, which has a 250 kB JS budget (vite.config.ts). The app loads it with the ticket page's chunk:
   * a chunk of its own made Rolldown split modules it shares with the first page out into extra files (252 kB).
   * Not React.lazy: the bar appears in a render of this list, so the table below re-measures where it starts.
   */
  loadBulkBar: () => Promise<BulkBarModule>;
}

const EMPTY_SELECTION: ReadonlySet<string> = new Set();

/** Where the bulk bar comes from: loaded on the first selection (see {@link TicketListViewProps.loadBulkBar}). */
export type BulkBarModule = Pick<typeof BulkBar, 'BulkActionBar'>;
let bulkModule: BulkBarModule | undefined;

function useBulkModule(wanted: boolean, load: () => Promise<BulkBarModule>): BulkBarModule | 'failed' | undefined {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!wanted || bulkModule) return;
    let live = true;
    load().then(
      (module) => {
        bulkModule = module;
        if (live) setLoaded(true);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, load]);
  return bulkModule ?? (failed ? 'failed' : undefined);
}

function hasNarrowing(filters: TicketListFilters, inQueueView: boolean): boolean {
  return Boolean(
    filters.status?.length || filters.priority || filters.assigneeId || filters.q || (filters.queueId && !inQueueView),
  );
}

/** A search in a view or with filters can look further: all tickets, the same words, nothing else. */
function searchesLessThanEverything(filters: TicketListFilters): boolean {
  return Boolean(
    filters.q &&
    (filters.view !== 'all' || filters.status?.length || filters.priority || filters.assigneeId || filters.queueId),
  );
}

function EmptyMessage({ filters, onFiltersChange }: { filters: TicketListFilters; onFiltersChange: FiltersChange }) {
  const inQueueView = filters.view === 'active' && Boolean(filters.queueId);
  const icon = <IconInbox size={32} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden />;
  if (hasNarrowing(filters, inQueueView)) {
    const everywhere = searchesLessThanEverything(filters);
    return (
      <EmptyState icon={icon} title="No tickets match these filters">
        {everywhere && (
          <Button
            size="xs"
            variant="light"
            mb="xs"
            leftSection={<IconSearch size={14} aria-hidden />}
            onClick={() =>
              onFiltersChange({
                view: 'all',
                status: undefined,
                priority: undefined,
                assigneeId: undefined,
                queueId: undefined,
              })
            }
          >
            Search everywhere for “{filters.q}”
          </Button>
        )}
        <Box component="span" display="block">
          Try another search or{' '}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() =>
              onFiltersChange({
                status: undefined,
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
        </Box>
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
export function TicketListView({
  title,
  filters,
  onFiltersChange,
  members,
  queues,
  currentUser,
  loadBulkBar,
}: TicketListViewProps) {
  const list = useTicketList(filters);
  const filtersKey = JSON.stringify(filters);
  const more = useLoadMore(list, filtersKey);
  const tickets: Ticket[] = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const navigate = useNavigate();
  const tableRef = useRef<TicketTableHandle>(null);

  // Selection and keyboard position belong to one list: a new view or filter starts afresh.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string>; anchor: number | null }>({
    key: filtersKey,
    ids: EMPTY_SELECTION,
    anchor: null,
  });
  // What the table shows: the list, plus rows that just left it while they fade out (issue 14). Indices below
  // are positions in these rows; the highlight and the selection hold ticket ids, so they follow the ticket.
  const shownRows = useLeavingRows(tickets, filtersKey);
  const shown = useMemo(() => shownRows.map((row) => row.ticket), [shownRows]);
  const leavingIds = useMemo(
    () => new Set(shownRows.filter((row) => row.leftIn !== undefined).map((row) => row.ticket.id)),
    [shownRows],
  );
  const [active, setActive] = useState<{ key: string; id: string | null; focus?: boolean }>({
    key: filtersKey,
    id: null,
  });
  const selectedIds = selection.key === filtersKey ? selection.ids : EMPTY_SELECTION;
  const anchor = selection.key === filtersKey ? selection.anchor : null;
  const activeId = active.key === filtersKey ? active.id : null;
  const activeIndex = activeId === null ? -1 : shown.findIndex((t) => t.id === activeId);
  const selectedTickets = tickets.filter((t) => selectedIds.has(t.id));

  const toggle = (index: number, extendRange: boolean) => {
    const target = shown[index];
    if (!target || leavingIds.has(target.id)) return;
    const next = new Set(selectedIds);
    const select = !selectedIds.has(target.id);
    if (extendRange && anchor !== null) {
      const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
      for (const t of shown.slice(from, to + 1).filter((t) => !leavingIds.has(t.id))) {
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
  const bulk = useBulkModule(selectedTickets.length > 0, loadBulkBar);
  // how much of the window's bottom the floating bulk bar covers, as it measures itself (0 without it)
  const [barCover, setBarCover] = useState(0);

  // The rows are memoised: they get callbacks that stay the same and read the latest state when called.
  const latest = useRef({ toggle, filtersKey, shown });
  useLayoutEffect(() => {
    latest.current = { toggle, filtersKey, shown };
  });
  // "Select all in this view" answers after loading pages: only if the same list is still shown
  const selectInView = useCallback((key: string, ids: string[]) => {
    if (latest.current.filtersKey === key) setSelection({ key, ids: new Set(ids), anchor: null });
  }, []);
  const bulkBar =
    selectedTickets.length === 0 || bulk === undefined ? null : bulk === 'failed' ? (
      <Alert color="red" variant="light" role="alert" title="Could not load the bulk actions">
        Reload the page to try again; {selectedTickets.length} selected.
      </Alert>
    ) : (
      <bulk.BulkActionBar
        selected={selectedTickets}
        members={members}
        onClear={clearSelection}
        view={{ filters, key: filtersKey, list, select: selectInView }}
        onCoverChange={setBarCover}
      />
    );
  const stableToggle = useCallback(
    (index: number, extendRange: boolean) => latest.current.toggle(index, extendRange),
    [],
  );
  const stableActivate = useCallback((index: number) => {
    const id = latest.current.shown[index]?.id;
    if (id) setActive({ key: latest.current.filtersKey, id });
  }, []);

  const moveTo = (index: number) => {
    const ticket = shown[index];
    if (!ticket) return;
    setActive({ key: filtersKey, id: ticket.id });
    tableRef.current?.focusRow(index);
  };
  /** The nearest row from `from` in direction `by` that is not on its way out, or -1. */
  const nearestStaying = (from: number, by: 1 | -1) => {
    for (let i = from; i >= 0 && i < shown.length; i += by) {
      const ticket = shown[i];
      if (ticket && !leavingIds.has(ticket.id)) return i;
    }
    return -1;
  };
  const step = (by: 1 | -1) => {
    if (tickets.length === 0) return false;
    const target = activeIndex < 0 ? nearestStaying(0, 1) : nearestStaying(activeIndex + by, by);
    if (target >= 0) moveTo(target);
    else if (activeIndex >= 0) tableRef.current?.focusRow(activeIndex);
  };

  // The highlighted ticket left the list (an inline change of one's own, or a live update): the highlight moves
  // on to the next row (the previous one at the end), and so does the focus if it was in that row or got lost
  // with it, so the agent goes on where they were. Decided while rendering (the new id is not leaving, so this
  // runs once); the focus follows in a layout effect.
  if (activeId !== null && leavingIds.has(activeId) && activeIndex >= 0) {
    const next = nearestStaying(activeIndex + 1, 1);
    const target = next >= 0 ? next : nearestStaying(activeIndex - 1, -1);
    const focused = typeof document === 'undefined' ? null : document.activeElement;
    const focusWasHere =
      focused === null ||
      focused === document.body ||
      (focused instanceof HTMLElement && focused.closest(`[data-ticket-id="${activeId}"]`) !== null);
    setActive({ key: filtersKey, id: shown[target]?.id ?? null, focus: focusWasHere });
  }
  useLayoutEffect(() => {
    if (active.focus && active.id) tableRef.current?.focusTicket(active.id);
  }, [active]);
  /** A control in the highlighted row (by its accessible name, e.g. "Status of #42"), if the row is on screen. */
  const activeRowControl = (name: (ticket: Ticket) => string) => {
    const ticket = activeIndex >= 0 ? shown[activeIndex] : undefined;
    if (!ticket || leavingIds.has(ticket.id)) return null;
    const control = document.querySelector<HTMLElement>(
      `[data-ticket-id="${ticket.id}"] [aria-label="${name(ticket)}"]`,
    );
    return control?.matches(':disabled') === false ? control : null;
  };

  useShortcuts({
    nextTicket: () => step(1),
    previousTicket: () => step(-1),
    openTicket: (event) => {
      const target = event.target;
      const onRowOrPage =
        target === document.body || (target instanceof HTMLElement && target.hasAttribute('data-ticket-row'));
      const ticket = activeIndex >= 0 ? shown[activeIndex] : undefined;
      if (!onRowOrPage || !ticket) return false;
      void navigate(`/t/${ticket.number}`);
    },
    selectTicket: () => {
      if (activeIndex < 0 || !shown[activeIndex]) return false;
      toggle(activeIndex, false);
    },
    // e / #, a: the same as on the ticket page, for the highlighted row
    setStatus: () => {
      const status = activeRowControl((t) => `Status of #${t.number}`);
      if (!(status instanceof HTMLInputElement)) return false;
      openServerSelect(status);
    },
    assignToMe: () => {
      const button = activeRowControl((t) => `Assign #${t.number} to me`);
      if (!button) return false;
      button.click();
    },
    search: () => {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Search tickets"]');
      if (!box) return false;
      box.focus();
      box.select();
    },
  });

  const sort = filters.sort ?? defaultSort(filters.view);

  return (
    // room below the list for the bulk bar, which floats over the bottom of the page: as much as it covers, so the
    // last row can be scrolled above it however many lines the bar takes
    <Stack gap="sm" pb={barCover > 0 ? barCover : undefined}>
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Title order={1} size="h3">
          {title}
        </Title>
        <TicketFilters filters={filters} onChange={onFiltersChange} members={members} queues={queues} />
      </Group>

      {bulkBar}

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
        ) : shown.length === 0 ? (
          <EmptyMessage filters={filters} onFiltersChange={onFiltersChange} />
        ) : (
          <TicketTable
            ref={tableRef}
            tickets={shown}
            leavingIds={leavingIds}
            members={members}
            currentUser={currentUser}
            sort={sort}
            onSortChange={(next) => onFiltersChange({ sort: next === defaultSort(filters.view) ? undefined : next })}
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
          <Button variant="default" size="xs" loading={more.loading} onClick={more.loadMore}>
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}
