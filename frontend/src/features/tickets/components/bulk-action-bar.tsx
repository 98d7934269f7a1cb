import { useLayoutEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Group, List, Loader, Paper, Select, Text } from '@mantine/core';
import { bulkFailures, useBulkUpdateTickets, type BulkFailureLine } from '../api/ticket-mutations';
import { PRIORITY_LABELS, STATUS_LABELS } from '../labels';
import { PRIORITIES, STATUSES, type Assignable, type Ticket, type TicketChanges } from '../types';
import { SelectAllInView, type WholeView } from './select-all-in-view';
import { UNASSIGNED, assigneeOptions } from './ticket-assignee-control';
import classes from './bulk-action-bar.module.css';

// This module (and select-all-in-view) loads when someone first selects a ticket, not with the first page
// (features/tickets/bulk.ts, ticket-list-view.tsx): the first page stays within its JS budget.

export interface BulkActionBarProps {
  selected: Ticket[];
  members: Assignable[];
  onClear: () => void;
  /** The list the selection is from, for "Select all N in this view". */
  view: WholeView;
  /**
   * How much of the bottom of the window the bar covers (its height and the gap below it), in px, whenever that
   * changes (it wraps onto more lines on a phone, a refusal adds its list), and 0 once it is gone: the list leaves
   * that much room below its last row, so the row can be scrolled above the bar. A stable callback.
   */
  onCoverChange?: (px: number) => void;
}

/** Reports how much of the window's bottom the floating element covers, as it changes, and 0 when it goes. */
function useCoverReport(onCoverChange: ((px: number) => void) | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar || !onCoverChange) return;
    const report = () => {
      const box = bar.getBoundingClientRect();
      // not laid out (no layout engine, e.g. jsdom): nothing to make room for
      onCoverChange(box.height > 0 ? Math.ceil(window.innerHeight - box.top) : 0);
    };
    report();
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(report) : null;
    resized?.observe(bar);
    return () => {
      resized?.disconnect();
      onCoverChange(0);
    };
  }, [onCoverChange]);
  return ref;
}

type BulkField = 'status' | 'priority' | 'assignee';

const statusData = STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const priorityData = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

interface BulkSelectProps<V extends string> {
  /** The select's accessible name, also its placeholder ("Set status"). */
  name: string;
  w: number;
  data: { value: V; label: string }[];
  searchable?: boolean;
  disabled: boolean;
  /** This select's change is on its way: a spinner in place of the chevron. */
  saving: boolean;
  onChoose: (value: V) => void;
}

/**
 * One of the bar's choices: always empty (it names the action, not a value the tickets share), and a choice is an
 * action on every selected ticket.
 */
function BulkSelect<V extends string>({ name, w, data, searchable, disabled, saving, onChoose }: BulkSelectProps<V>) {
  return (
    <Select
      size="xs"
      w={w}
      aria-label={name}
      placeholder={name}
      searchable={searchable}
      data={data}
      value={null}
      disabled={disabled}
      rightSection={saving ? <Loader size={12} role="status" aria-label="Saving" /> : undefined}
      onChange={(value) => value && onChoose(value)}
    />
  );
}

/** Appears when tickets are selected; each choice sends ONE bulk request for all of them. */
export function BulkActionBar({ selected, members, onClear, view, onCoverChange }: BulkActionBarProps) {
  const bulk = useBulkUpdateTickets();
  const floating = useCoverReport(onCoverChange);
  const [activeField, setActiveField] = useState<BulkField | null>(null);
  const [failures, setFailures] = useState<{ lines: BulkFailureLine[]; detail: string } | null>(null);

  const apply = (fieldName: BulkField, changes: TicketChanges) => {
    setActiveField(fieldName);
    setFailures(null);
    const tickets = selected;
    bulk.mutate(
      { tickets, changes },
      {
        onSuccess: () => onClear(),
        onError: (problem) => {
          if (problem.status === 422) {
            setFailures({ lines: bulkFailures(problem, tickets), detail: problem.humanMessage });
          }
        },
      },
    );
  };

  const saving = (fieldName: BulkField) => bulk.isPending && activeField === fieldName;

  return (
    <Box ref={floating} className={classes.floating}>
      <Paper
        withBorder
        radius="md"
        p="xs"
        px="sm"
        bg="indigo.0"
        role="region"
        aria-label="Bulk actions"
        className={classes.bar}
      >
        <Group gap="sm" wrap="wrap">
          <Text size="sm" fw={600} mr="xs">
            {selected.length} selected
          </Text>
          <SelectAllInView view={view} selectedIds={selected.map((t) => t.id)} />
          <BulkSelect
            name="Set status"
            w={150}
            data={statusData}
            disabled={bulk.isPending}
            saving={saving('status')}
            onChoose={(value) => apply('status', { status: value })}
          />
          <BulkSelect
            name="Set priority"
            w={150}
            data={priorityData}
            disabled={bulk.isPending}
            saving={saving('priority')}
            onChoose={(value) => apply('priority', { priority: value })}
          />
          <BulkSelect
            name="Set assignee"
            w={170}
            searchable
            data={assigneeOptions(members, null)}
            disabled={bulk.isPending}
            saving={saving('assignee')}
            onChoose={(value) => apply('assignee', { assigneeId: value === UNASSIGNED ? null : value })}
          />
          <Button size="xs" variant="subtle" color="gray" onClick={onClear} disabled={bulk.isPending}>
            Clear selection
          </Button>
        </Group>
        {failures && (
          <Alert
            mt="xs"
            color="red"
            variant="light"
            title="Nothing was changed"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setFailures(null)}
            role="alert"
          >
            <Text size="sm" mb={4}>
              {failures.lines.length > 0 ? 'These tickets could not take the change:' : failures.detail}
            </Text>
            {failures.lines.length > 0 && (
              <List size="sm" spacing={2}>
                {failures.lines.map((line) => (
                  <List.Item key={line.id}>
                    {line.number !== undefined ? `#${line.number}` : line.id}: {line.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Paper>
    </Box>
  );
}
