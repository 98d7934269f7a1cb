import { memo, useEffect, useRef, useState } from 'react';
import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { PRIORITY_LABELS } from '../labels';
import { PRIORITIES, UNASSIGNED_FILTER, type Assignable, type QueueOption, type TicketListFilters } from '../types';
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

/**
 * Memoised: the list view re-renders with every change of its rows (a refresh, an inline change's answer), and the
 * filters' Mantine selects and popover need not render again for that.
 */
export const TicketFilters = memo(function TicketFilters({ filters, onChange, members, queues }: TicketFiltersProps) {
  // Only what can narrow this view: statuses inside it, no assignee filter where the view names the assignee.
  const statuses = statusFilterOptions(filters.view);
  const assignees = offersAssigneeFilter(filters.view);
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <SearchBox q={filters.q ?? ''} onChange={onChange} />
      {statuses.length > 0 && <StatusFilter statuses={statuses} value={filters.status} onChange={onChange} />}
      <Select
        size="xs"
        w={140}
        aria-label="Filter by priority"
        placeholder="Any priority"
        clearable
        data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
        value={filters.priority ?? null}
        onChange={(value) => onChange({ priority: value ?? undefined })}
      />
      {assignees && (
        <Select
          size="xs"
          w={170}
          aria-label="Filter by assignee"
          placeholder="Any assignee"
          clearable
          searchable
          data={[
            { value: UNASSIGNED_FILTER, label: 'Unassigned' },
            ...members.map((m) => ({ value: m.id, label: m.name })),
          ]}
          value={filters.assigneeId ?? null}
          onChange={(value) => onChange({ assigneeId: value ?? undefined })}
        />
      )}
      <Select
        size="xs"
        w={160}
        aria-label="Filter by queue"
        placeholder="Any queue"
        clearable
        data={queues.map((q) => ({ value: q.id, label: q.name }))}
        value={filters.queueId ?? null}
        onChange={(value) => onChange({ queueId: value ?? undefined })}
      />
    </Group>
  );
});
