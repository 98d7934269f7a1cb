import text from '@/components/text.module.css';
import { forwardRef, type MouseEvent, type ReactNode } from 'react';
import { Anchor, Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { Link } from 'react-router';
import { RelativeTime } from '@/components/relative-time';
import type { Assignable, Ticket, TicketSort, TicketSortField } from '../types';
import { DraftMarker } from './draft-marker';
import { NarrowSlaBadge, SlaBadge } from './sla-badge';
import { TicketAssigneeControl } from './ticket-assignee-control';
import { TicketPrioritySelect } from './ticket-priority-select';
import { TicketStatusSelect } from './ticket-status-select';
import classes from './ticket-table.module.css';

export interface TicketTableProps {
  tickets: Ticket[];
  members: Assignable[];
  currentUser: Assignable;
  sort: TicketSort;
  onSortChange: (sort: TicketSort) => void;
  selectedIds: ReadonlySet<string>;
  onToggle: (index: number, extendRange: boolean) => void;
  onToggleAll: () => void;
  activeIndex: number;
  onActivate: (index: number) => void;
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
  return (
    <Table.Th aria-sort={state ?? 'none'}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSortChange(nextSort(sort, field))}>
        {children}
        <Icon size={12} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

export const TicketTable = forwardRef<HTMLTableSectionElement, TicketTableProps>(function TicketTable(
  { tickets, members, currentUser, sort, onSortChange, selectedIds, onToggle, onToggleAll, activeIndex, onActivate },
  bodyRef,
) {
  const selectedOnPage = tickets.filter((t) => selectedIds.has(t.id)).length;
  const allSelected = tickets.length > 0 && selectedOnPage === tickets.length;
  return (
    <Table.ScrollContainer minWidth={1060} type="native">
      <Table className={classes.table} verticalSpacing={6} horizontalSpacing={8} highlightOnHover stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                size="xs"
                aria-label="Select all on page"
                checked={allSelected}
                indeterminate={selectedOnPage > 0 && !allSelected}
                onChange={onToggleAll}
              />
            </Table.Th>
            <SortHeader field="number" sort={sort} onSortChange={onSortChange}>
              #
            </SortHeader>
            <SortHeader field="title" sort={sort} onSortChange={onSortChange}>
              Title
            </SortHeader>
            <SortHeader field="status" sort={sort} onSortChange={onSortChange}>
              Status
            </SortHeader>
            <SortHeader field="priority" sort={sort} onSortChange={onSortChange}>
              Priority
            </SortHeader>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Queue</Table.Th>
            <SortHeader field="due" sort={sort} onSortChange={onSortChange}>
              Due
            </SortHeader>
            <SortHeader field="updated" sort={sort} onSortChange={onSortChange}>
              Updated
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={bodyRef}>
          {tickets.map((ticket, index) => {
            const selected = selectedIds.has(ticket.id);
            return (
              <Table.Tr
                key={ticket.id}
                className={classes.row}
                data-testid={`ticket-row-${ticket.number}`}
                data-ticket-row={index}
                data-active={index === activeIndex || undefined}
                data-selected={selected || undefined}
                tabIndex={-1}
                onFocus={(event) => {
                  if (event.target === event.currentTarget || !event.currentTarget.contains(event.relatedTarget)) {
                    onActivate(index);
                  }
                }}
              >
                <Table.Td>
                  <Checkbox
                    size="xs"
                    aria-label={`Select #${ticket.number}`}
                    checked={selected}
                    onChange={() => undefined}
                    onClick={(event: MouseEvent<HTMLInputElement>) => onToggle(index, event.shiftKey)}
                  />
                </Table.Td>
                <Table.Td className={classes.number}>#{ticket.number}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/t/${ticket.number}`} className={classes.title} underline="hover">
                    {ticket.title}
                  </Anchor>
                  <NarrowSlaBadge sla={ticket.sla} />
                  <DraftMarker ticketId={ticket.id} />
                </Table.Td>
                <Table.Td>
                  <TicketStatusSelect ticket={ticket} w={118} />
                </Table.Td>
                <Table.Td>
                  <TicketPrioritySelect ticket={ticket} w={96} />
                </Table.Td>
                <Table.Td>
                  <TicketAssigneeControl ticket={ticket} members={members} currentUser={currentUser} w={136} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate maw={120}>
                    {ticket.queue.name}
                  </Text>
                </Table.Td>
                <Table.Td className={text.noWrap}>
                  <SlaBadge sla={ticket.sla} />
                </Table.Td>
                <Table.Td className={text.noWrap}>
                  <RelativeTime value={ticket.updatedAt} c="dimmed" />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
