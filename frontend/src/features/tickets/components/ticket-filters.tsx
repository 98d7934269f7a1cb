import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { PRIORITY_LABELS } from '../labels';
import {
  PRIORITIES,
  UNASSIGNED_FILTER,
  type Assignable,
  type Priority,
  type QueueOption,
  type TicketListFilters,
} from '../types';
import { offersAssigneeFilter, statusFilterOptions } from '../view-rules';
import { StatusFilter } from './status-filter';

export type FiltersChange = (patch: Partial<TicketListFilters>, options?: { replace?: boolean }) => void;

interface TicketFiltersProps {
  filters: TicketListFilters;
  onChange: FiltersChange;
  members: Assignable[];
  queues: QueueOption[];
}

const SEARCH_DEBOUNCE_MS = 300;

function SearchBox({ q, onChange }: { q: string; onChange: FiltersChange }) {
  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    // The URL changed under us (back button, a link): show what it says.
    setSeenQ(q);
    setText(q);
  }
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const lastDebounced = useRef(debounced);
  useEffect(() => {
    if (debounced === lastDebounced.current) return;
    lastDebounced.current = debounced;
    if (debounced !== q) onChange({ q: debounced || undefined }, { replace: true });
  }, [debounced, q, onChange]);

  return (
    <TextInput
      size="xs"
      w={{ base: '100%', sm: 260 }}
      aria-label="Search tickets"
      placeholder="Search title, description or #number"
      leftSection={<IconSearch size={14} aria-hidden />}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setText('');
      }}
      rightSection={text ? <CloseButton size="xs" aria-label="Clear search" onClick={() => setText('')} /> : null}
    />
  );
}

const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

const PriorityFilter = memo(function PriorityFilter({
  value,
  onChange,
}: {
  value: Priority | undefined;
  onChange: FiltersChange;
}) {
  return (
    <Select
      size="xs"
      w={140}
      aria-label="Filter by priority"
      placeholder="Any priority"
      clearable
      data={PRIORITY_OPTIONS}
      value={value ?? null}
      onChange={(next) => onChange({ priority: next ?? undefined })}
    />
  );
});

/**
 * Not offered where the view names the assignee ("My Tickets", "Unassigned"), but kept mounted there, hidden (and so
 * out of the accessibility tree): mounting a searchable Select was the costliest part of switching views.
 */
const AssigneeFilter = memo(function AssigneeFilter({
  offered,
  value,
  members,
  onChange,
}: {
  offered: boolean;
  value: string | undefined;
  members: Assignable[];
  onChange: FiltersChange;
}) {
  const data = useMemo(
    () => [{ value: UNASSIGNED_FILTER, label: 'Unassigned' }, ...members.map((m) => ({ value: m.id, label: m.name }))],
    [members],
  );
  return (
    <div hidden={!offered} data-filter="assignee">
      <Select
        size="xs"
        w={170}
        aria-label="Filter by assignee"
        placeholder="Any assignee"
        clearable
        searchable
        data={data}
        value={offered ? (value ?? null) : null}
        onChange={(next) => onChange({ assigneeId: next ?? undefined })}
      />
    </div>
  );
});

const QueueFilter = memo(function QueueFilter({
  value,
  queues,
  onChange,
}: {
  value: string | undefined;
  queues: QueueOption[];
  onChange: FiltersChange;
}) {
  const data = useMemo(() => queues.map((q) => ({ value: q.id, label: q.name })), [queues]);
  return (
    <Select
      size="xs"
      w={160}
      aria-label="Filter by queue"
      placeholder="Any queue"
      clearable
      data={data}
      value={value ?? null}
      onChange={(next) => onChange({ queueId: next ?? undefined })}
    />
  );
});

/** The status filter again only when its options or its value change (the value is a new array on every parse). */
const MemoStatusFilter = memo(StatusFilter, (a, b) => {
  return a.statuses === b.statuses && a.onChange === b.onChange && (a.value ?? []).join() === (b.value ?? []).join();
});

const MemoSearchBox = memo(SearchBox);

/**
 * Memoised, each filter on its own: the list view re-renders with every change of its rows (a refresh, an inline
 * change's answer) and a view switch changes one or two filters; the others' Mantine selects need not render again.
 */
export const TicketFilters = memo(function TicketFilters({ filters, onChange, members, queues }: TicketFiltersProps) {
  // Only what can narrow this view: statuses inside it, no assignee filter where the view names the assignee.
  const statuses = statusFilterOptions(filters.view);
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <MemoSearchBox q={filters.q ?? ''} onChange={onChange} />
      {statuses.length > 0 && <MemoStatusFilter statuses={statuses} value={filters.status} onChange={onChange} />}
      <PriorityFilter value={filters.priority} onChange={onChange} />
      <AssigneeFilter
        offered={offersAssigneeFilter(filters.view)}
        value={filters.assigneeId}
        members={members}
        onChange={onChange}
      />
      <QueueFilter value={filters.queueId} queues={queues} onChange={onChange} />
    </Group>
  );
});
