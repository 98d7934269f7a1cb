import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { Box, Group, NativeSelect } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useWindowVirtualizer, windowScroll, type Virtualizer } from '@tanstack/react-virtual';
import { useNavigate } from 'react-router';
import type { Assignable, Ticket, TicketSort, TicketSortField } from '../types';
import { RowCheckbox, TicketCard, TicketRow } from './ticket-row';
import { useMinuteTick } from '@/lib/minute-tick';
import { useSavingTickets } from '../api/ticket-saving';
import classes from './ticket-table.module.css';

/** What the list view asks of the table: bring a row into view and focus it (it may not be rendered yet). */
export interface TicketTableHandle {
  focusRow: (index: number) => void;
  /** The same for a ticket wherever it is in the list (nothing when it is not). */
  focusTicket: (id: string) => void;
}

export interface TicketTableProps {
  ref?: Ref<TicketTableHandle>;
  tickets: Ticket[];
  /** Rows that have left the list and are fading out (inert, not selectable). */
  leavingIds?: ReadonlySet<string>;
  members: Assignable[];
  currentUser: Assignable;
  sort: TicketSort;
  onSortChange: (sort: TicketSort) => void;
  selectedIds: ReadonlySet<string>;
  /** Stable callbacks: the rows are memoised on them. */
  onToggle: (index: number, extendRange: boolean) => void;
  onToggleAll: () => void;
  activeIndex: number;
  onActivate: (index: number) => void;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Below Mantine's `sm` breakpoint the list is a column of cards, not a squeezed table. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * A row's height. A table row is `table` high whatever it shows (`.row` in the CSS module: two lines, a title's or a
 * queue name's, at most, and a fixed height), so table rows are never measured. Cards vary with their title: this is
 * their estimate until the ResizeObserver reports them.
 */
const ROW_ESTIMATE = { table: 57, cards: 190 };

/**
 * A card's height from the ResizeObserver, which reports it after the browser's own layout of the frame. The
 * default also reads `getBoundingClientRect()` the moment a row mounts, which makes the browser lay out the whole
 * page inside React's commit (a 50-row page: ~25 ms of a single long task); until its first report a row keeps
 * its estimate or last measured height.
 */
function measureAfterLayout(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.measurementsCache[index]?.size ?? instance.options.estimateSize(index);
}

const writtenBy = new WeakSet<Virtualizer<Window, Element>>();

/**
 * The window's scroll, written as the virtualiser asks, except its first write: when it mounts, virtual-core writes
 * the position it has just read from the window back to it. That moves nothing, but a scroll write makes the browser
 * lay out the page with every new row inside React's commit task (a view switch's rows: ~10 ms of a task that went
 * past 50 ms). Every later write (a row scrolled into view, an anchor kept in place) goes through.
 */
function scrollWindowButNotOnMount(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<Window, Element>,
): void {
  if (!writtenBy.has(instance)) {
    writtenBy.add(instance);
    if (options.adjustments === undefined && options.behavior === undefined) return;
  }
  windowScroll(offset, options, instance);
}

/**
 * In-app navigation for the rows' plain `<a data-route>` links, by one listener on the list instead of a router
 * `Link` per row (hooks and a handler each). Clicks with a modifier or another button are left to the browser (a new
 * tab or window), as a router link leaves them.
 */
function useRouteLinks(listRef: RefObject<HTMLElement | null>, remountedBy: unknown) {
  const navigate = useNavigate();
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const follow = (event: globalThis.MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
      const to = link?.getAttribute('href');
      if (!to) return;
      event.preventDefault();
      void navigate(to);
    };
    list.addEventListener('click', follow);
    return () => list.removeEventListener('click', follow);
  }, [listRef, navigate, remountedBy]);
}

function sortState(sort: TicketSort, field: TicketSortField): 'ascending' | 'descending' | undefined {
  if (sort === field) return 'ascending';
  if (sort === `-${field}`) return 'descending';
  return undefined;
}

/** First click sorts the natural way (newest first for time), a second click flips it. */
function nextSort(sort: TicketSort, field: TicketSortField): TicketSort {
  const state = sortState(sort, field);
  if (state === 'ascending') return `-${field}`;
  if (state === 'descending') return field;
  return field === 'updated' || field === 'number' ? `-${field}` : field;
}

/** The sortable columns, in order, with their headers (the row's cells follow the same order). */
const COLUMNS: readonly (readonly [TicketSortField, string])[] = [
  ['number', '#'],
  ['title', 'Title'],
  ['status', 'Status'],
  ['priority', 'Priority'],
  ['assignee', 'Assignee'],
  ['queue', 'Queue'],
  ['due', 'Due'],
  ['updated', 'Updated'],
];

function SortHeader({
  field,
  sort,
  onSortChange,
  children,
}: {
  field: TicketSortField;
  sort: TicketSort;
  onSortChange: (sort: TicketSort) => void;
  children: ReactNode;
}) {
  const state = sortState(sort, field);
  const Icon = state === 'ascending' ? IconArrowUp : state === 'descending' ? IconArrowDown : IconSelector;
  // a plain `th` and `button` (the CSS module styles them as Mantine's Table would); the role is explicit because the
  // header row is a grid, not a table row (see the table in TicketTable)
  return (
    <th role="columnheader" aria-sort={state ?? 'none'}>
      <button type="button" className={classes.sortButton} onClick={() => onSortChange(nextSort(sort, field))}>
        {children}
        <Icon size={12} aria-hidden />
      </button>
    </th>
  );
}

const PHONE_SORTS: { value: TicketSort; label: string }[] = [
  { value: '-updated', label: 'Recently updated' },
  { value: 'updated', label: 'Least recently updated' },
  { value: '-number', label: 'Newest first' },
  { value: 'number', label: 'Oldest first' },
  { value: '-priority', label: 'Most urgent first' },
  { value: 'due', label: 'Due soonest' },
  { value: 'status', label: 'Status' },
  { value: 'title', label: 'Title A–Z' },
  { value: 'assignee', label: 'Assignee A–Z' },
  { value: 'queue', label: 'Queue A–Z' },
];

/** How long the rows below a ticket that faded out take to slide up into its place. */
const SLIDE_MS = 180;

/**
 * When a row that faded out (leavingIds) is removed, the rows below slide up into its place instead of jumping by
 * its height (FLIP: where each row was before the removal, where it is after, animated back from the difference).
 * It measures only while a row is leaving, so the list costs nothing more otherwise.
 */
function useSlideIntoPlace(
  listRef: RefObject<HTMLElement | null>,
  tickets: readonly Ticket[],
  leavingIds: ReadonlySet<string>,
) {
  const positions = useRef<Map<string, number> | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    const before = positions.current;
    positions.current = null;
    if (!list || (before === null && leavingIds.size === 0)) return;
    const rows = list.querySelectorAll<HTMLElement>('[data-ticket-id]');
    const moves =
      typeof window.matchMedia !== 'function' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (before !== null && moves) {
      for (const row of rows) {
        const was = before.get(row.dataset.ticketId ?? '');
        const shift = was === undefined ? 0 : was - row.offsetTop;
        if (shift > 0 && typeof row.animate === 'function') {
          row.animate([{ transform: `translateY(${shift}px)` }, { transform: 'none' }], {
            duration: SLIDE_MS,
            easing: 'ease-out',
          });
        }
      }
    }
    if (leavingIds.size > 0) {
      positions.current = new Map([...rows].map((row) => [row.dataset.ticketId ?? '', row.offsetTop]));
    }
  }, [listRef, tickets, leavingIds]);
}

/**
 * The table's body as high as all its rows, its rendered rows `offset` below its top: two inline styles on one
 * element, written only when they changed (React's style prop would mean a style object per scrolled frame, and the
 * lint keeps style objects out of JSX).
 */
function placeRows(body: HTMLElement, height: number, offset: number) {
  const h = `${height}px`;
  const top = `${offset}px`;
  if (body.style.height !== h) body.style.height = h;
  if (body.style.paddingTop !== top) body.style.paddingTop = top;
}

type RowsVirtualizer = Pick<Virtualizer<Window, Element>, 'scrollToIndex'>;

interface VirtualRowsProps extends Pick<
  TicketTableProps,
  'tickets' | 'members' | 'currentUser' | 'selectedIds' | 'activeIndex' | 'onToggle' | 'onActivate'
> {
  /** The table's way to scroll a row that is not rendered into view. */
  virtualizer: RefObject<RowsVirtualizer | null>;
  /** The rows' parent: the table's body (rendered, sized and offset here) or the cards' list (the table's). */
  list: RefObject<(HTMLTableSectionElement & HTMLUListElement) | null>;
  phone: boolean;
  scrollMargin: number;
  leavingIds: ReadonlySet<string>;
}

/**
 * The rows near the viewport. The virtualiser re-renders this component as the page scrolls: the rows are memoised,
 * so a scrolled frame renders only the rows it brings in.
 *
 * Table rows are of one fixed height, each its own layout and paint root (`.row` in the CSS module), and flow in the
 * table's body, which is as high as all the rows and starts its rendered rows below a padding that stands for the
 * rows above: a scrolled frame lays out and paints the rows it brings in, not the whole table (a table's spacer
 * rows re-laid out and repainted every row each frame). The cards, of varying height, stay between two spacers.
 */
function VirtualRows({
  virtualizer: handle,
  list,
  phone,
  scrollMargin,
  tickets,
  leavingIds,
  members,
  currentUser,
  selectedIds,
  activeIndex,
  onToggle,
  onActivate,
}: VirtualRowsProps) {
  const now = useMinuteTick();
  // every row's changes in flight, from one subscription (not a mutation observer per control)
  const saving = useSavingTickets();
  const virtualizer = useWindowVirtualizer({
    count: tickets.length,
    estimateSize: () => (phone ? ROW_ESTIMATE.cards : ROW_ESTIMATE.table),
    // rows beyond the viewport, each way: a fast scroll (100 px a frame, two rows) stays covered while the rows it
    // brings in render, and a view's first render mounts ~20 rows, not ~28
    overscan: 4,
    // rows scrolled into view render in React's next pass, not synchronously inside the scroll event: a synchronous
    // render per scroll event made each frame of a fast scroll wait for it (500 rows: 35 → 42 fps, long tasks 49 → 9)
    useFlushSync: false,
    scrollMargin,
    getItemKey: (index) => tickets[index]?.id ?? index,
    measureElement: measureAfterLayout,
    scrollToFn: scrollWindowButNotOnMount,
  });
  useImperativeHandle(handle, () => virtualizer, [virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items.at(0);
  const last = items.at(-1);
  const total = virtualizer.getTotalSize();
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? total - last.end : 0;
  // only cards are measured: a table row's height is fixed
  const measure = phone ? virtualizer.measureElement : undefined;

  // the body's height and the rendered rows' offset, written in the commit (before the frame's layout); the body is
  // rendered here, so its ref is attached before this effect runs (a parent's element's ref would not be yet)
  useLayoutEffect(() => {
    if (!phone && list.current) placeRows(list.current, total, before);
  }, [list, phone, total, before]);

  const Row = phone ? TicketCard : TicketRow;
  const rows = items.map((item) => {
    const ticket = tickets[item.index];
    if (!ticket) return null;
    return (
      <Row
        key={item.key}
        ticket={ticket}
        index={item.index}
        count={tickets.length}
        members={members}
        currentUser={currentUser}
        selected={selectedIds.has(ticket.id)}
        active={item.index === activeIndex}
        leaving={leavingIds.has(ticket.id)}
        onToggle={onToggle}
        onActivate={onActivate}
        measure={measure}
        now={now}
        saving={saving.get(ticket.id)}
      />
    );
  });

  if (phone) {
    return (
      <>
        {before > 0 && <Box component="li" aria-hidden h={before} className={classes.spacer} />}
        {rows}
        {after > 0 && <Box component="li" aria-hidden h={after} className={classes.spacer} />}
      </>
    );
  }
  return (
    <tbody role="rowgroup" ref={list} className={classes.body}>
      {rows}
    </tbody>
  );
}

/**
 * The work list. Rows are virtualised against the page's scroll (@tanstack/react-virtual): only the rows
 * near the viewport are in the DOM, so 50 or 500 loaded tickets cost about the same to render and to
 * refresh. Each row is memoised on its data, and its selects stay light until used.
 */
export function TicketTable({
  ref,
  tickets,
  leavingIds = NO_IDS,
  members,
  currentUser,
  sort,
  onSortChange,
  selectedIds,
  onToggle,
  onToggleAll,
  activeIndex,
  onActivate,
}: TicketTableProps) {
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const listRef = useRef<HTMLTableSectionElement & HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // where the list starts on the page (the virtualiser measures the window's scroll from there); what is
  // above it changes with the layout, the rows (filters dimmed, counts) and a selection (the note that the bulk
  // bar could not load; the bar itself floats and moves nothing)
  // read in the next frame, where the browser lays the page out anyway: read here, in the commit, it made the
  // browser lay out every new row inside React's task
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      if (!list) return;
      const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
      if (top !== scrollMargin) setScrollMargin(top);
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollMargin, selectedIds, phone, tickets]);

  useSlideIntoPlace(listRef, tickets, leavingIds);
  useRouteLinks(listRef, phone);

  // the virtualiser lives in the rows' own component: a scrolled frame re-renders the rows, not the table around them
  const virtualizer = useRef<RowsVirtualizer>(null);

  const focusRow = (index: number) => {
    const find = () => listRef.current?.querySelector<HTMLElement>(`[data-ticket-row="${index}"]`) ?? null;
    const rendered = find();
    if (rendered) {
      rendered.focus({ preventScroll: true });
      // Not every environment implements it (jsdom does not).
      if (typeof rendered.scrollIntoView === 'function') rendered.scrollIntoView({ block: 'nearest' });
      return;
    }
    virtualizer.current?.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() => find()?.focus({ preventScroll: true }));
  };
  useImperativeHandle(ref, () => ({
    focusRow,
    focusTicket: (id: string) => {
      const index = tickets.findIndex((t) => t.id === id);
      if (index >= 0) focusRow(index);
    },
  }));

  const staying = tickets.filter((t) => !leavingIds.has(t.id));
  const selectedOnPage = staying.filter((t) => selectedIds.has(t.id)).length;
  const allSelected = staying.length > 0 && selectedOnPage === staying.length;
  const selectAll = (
    <RowCheckbox
      label="Select all on page"
      checked={allSelected}
      indeterminate={selectedOnPage > 0 && !allSelected}
      onClick={onToggleAll}
    />
  );

  const rows = (
    <VirtualRows
      // cards and table rows have their own virtualiser: a card's measured height is no table row's
      key={phone ? 'cards' : 'table'}
      virtualizer={virtualizer}
      list={listRef}
      phone={phone}
      scrollMargin={scrollMargin}
      tickets={tickets}
      leavingIds={leavingIds}
      members={members}
      currentUser={currentUser}
      selectedIds={selectedIds}
      activeIndex={activeIndex}
      onToggle={onToggle}
      onActivate={onActivate}
    />
  );

  if (phone) {
    return (
      <div>
        <Group justify="space-between" gap="xs" px="sm" py={4} className={classes.cardsToolbar}>
          <label className={classes.touchCheck}>{selectAll}</label>
          <NativeSelect
            size="sm"
            aria-label="Sort by"
            value={PHONE_SORTS.some((s) => s.value === sort) ? sort : ''}
            data={[
              ...(PHONE_SORTS.some((s) => s.value === sort) ? [] : [{ value: '', label: 'Custom order' }]),
              ...PHONE_SORTS,
            ]}
            onChange={(event) => onSortChange(event.currentTarget.value as TicketSort)}
            classNames={{ input: classes.touchSelect }}
          />
        </Group>
        <ul ref={listRef} className={classes.cards} aria-label="Tickets">
          {rows}
        </ul>
      </div>
    );
  }

  // plain elements styled by the CSS module as Mantine's Table (native scroll container, sticky header) styles
  // them: the table mounts with every view switch, and Mantine's Table, Th and UnstyledButton resolve the theme each.
  // The rows are grids, out of table layout (see VirtualRows), so every element says its table role: a table whose
  // CSS display is changed loses its table semantics in some browsers' accessibility trees (Adrian Roselli, "Tables,
  // CSS Display Properties, and ARIA").
  return (
    <div className={classes.scroll}>
      <div className={classes.scrollInner}>
        <table role="table" className={classes.table} aria-rowcount={tickets.length + 1}>
          <thead role="rowgroup" className={classes.head}>
            <tr role="row" className={classes.headRow} aria-rowindex={1}>
              <th role="columnheader">{selectAll}</th>
              {COLUMNS.map(([field, label]) => (
                <SortHeader key={field} field={field} sort={sort} onSortChange={onSortChange}>
                  {label}
                </SortHeader>
              ))}
            </tr>
          </thead>
          {rows}
        </table>
      </div>
    </div>
  );
}
