import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTicketList } from '../api/tickets-api';
import { bulkFailures, useBulkUpdateTickets } from '../api/ticket-mutations';
import type { Assignable, TicketListFilters } from '../types';

interface ReassignTicketsProps {
  /** Whose active tickets to hand over. */
  assignee: { id: string; name: string };
  /** Who can take them (the organisation's assignable members). */
  members: Assignable[];
  onDone: () => void;
}

/**
 * A person's active tickets with a bulk "reassign to…": one PATCH /api/tickets/bulk, all or nothing.
 * Shown after an admin deactivates someone (their tickets stay assigned until reassigned).
 */
export function ReassignTickets({ assignee, members, onDone }: ReassignTicketsProps) {
  const filters: TicketListFilters = { view: 'active', assigneeId: assignee.id };
  const list = useTicketList(filters);
  const bulk = useBulkUpdateTickets();
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<string | null>(null);
  const tickets = list.data?.pages.flatMap((page) => page.items) ?? [];
  const selected = tickets.filter((t) => !unchecked.has(t.id));
  const others = members.filter((m) => m.id !== assignee.id);
  const failures = bulk.error ? bulkFailures(bulk.error, selected) : [];

  const toggle = (id: string) =>
    setUnchecked((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Active tickets of ${assignee.name}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h5">
            {`Active tickets of ${assignee.name}`}
          </Title>
          <Button size="xs" variant="subtle" onClick={onDone}>
            Close
          </Button>
        </Group>
        {list.isPending && <Loader size="sm" aria-label="Loading tickets" />}
        {list.isError && (
          <Alert color="red" variant="light" role="alert">
            {list.error.humanMessage}
          </Alert>
        )}
        {list.data && tickets.length === 0 && (
          <Text size="sm" c="dimmed">
            {`${assignee.name} has no active tickets.`}
          </Text>
        )}
        {tickets.length > 0 && (
          <>
            <Stack gap={4} component="ul" p={0} m={0} aria-label="Tickets to reassign">
              {tickets.map((ticket) => (
                <Group key={ticket.id} component="li" gap="xs" wrap="nowrap">
                  <Checkbox
                    aria-label={`Reassign #${ticket.number}`}
                    checked={!unchecked.has(ticket.id)}
                    onChange={() => toggle(ticket.id)}
                    disabled={bulk.isPending}
                  />
                  <Anchor component={Link} to={`/t/${ticket.number}`} size="sm" truncate>
                    {`#${ticket.number} ${ticket.title}`}
                  </Anchor>
                </Group>
              ))}
            </Stack>
            {list.hasNextPage && (
              <Button
                size="xs"
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                Load more
              </Button>
            )}
            <Group gap="xs" align="flex-end" wrap="wrap">
              <Select
                label="Reassign to"
                placeholder="Choose a person"
                data={[
                  { value: 'unassigned', label: 'Nobody (unassigned)' },
                  ...others.map((m) => ({ value: m.id, label: m.name })),
                ]}
                value={target}
                onChange={setTarget}
                allowDeselect={false}
                searchable
                comboboxProps={{ withinPortal: true }}
                miw={220}
              />
              <Button
                disabled={!target || selected.length === 0}
                loading={bulk.isPending}
                onClick={() => {
                  if (!target) return;
                  bulk.mutate(
                    { tickets: selected, changes: { assigneeId: target === 'unassigned' ? null : target } },
                    { onSuccess: () => setUnchecked(new Set()) },
                  );
                }}
              >
                {`Reassign ${selected.length} ticket${selected.length === 1 ? '' : 's'}`}
              </Button>
            </Group>
          </>
        )}
        {bulk.error && (
          <Alert color="red" variant="light" role="alert">
            {failures.length > 0
              ? failures.map((f) => `#${f.number ?? f.id}: ${f.message}`).join(' · ')
              : bulk.error.humanMessage}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
