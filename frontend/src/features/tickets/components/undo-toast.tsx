import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiProblem } from '@/lib/api-problem';
import { invalidateTickets, writeTicket } from '../api/ticket-cache';
import { failureMessage, seenValues, successMessage } from '../api/ticket-messages';
import { patchTicket } from '../api/tickets-api';
import type { Ticket, TicketChanges, TicketField } from '../types';

/** How long a status or assignee change can be undone from its toast. */
export const UNDO_MS = 8_000;

/** The change that puts back what the person saw before (status and assignee only). */
export function revertOf(before: Ticket, field: TicketField | undefined): TicketChanges | undefined {
  if (field === 'status') return { status: before.status };
  if (field === 'assigneeId') return { assigneeId: before.assignee?.id ?? null };
  return undefined;
}

function UndoButton({ onUndo }: { onUndo: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      loading={busy}
      onClick={() => {
        setBusy(true);
        void onUndo().finally(() => setBusy(false));
      }}
    >
      Undo
    </Button>
  );
}

/**
 * "#12 moved to Closed [Undo]": Undo sends the reverse change expecting the value the change set, as
 * a change of its own (the server may refuse it, e.g. if someone changed the ticket since: then it says so).
 */
export function showChangeToast(
  queryClient: QueryClient,
  updated: Ticket,
  field: TicketField | undefined,
  revert: TicketChanges | undefined,
) {
  const message = successMessage(updated, field);
  if (!revert) {
    notifications.show({ color: 'teal', role: 'status', message });
    return;
  }
  const id = `undo-${updated.id}-${updated.version}`;
  const undo = async () => {
    try {
      // expecting what this change set: undo is refused only if someone changed that same field since
      const restored = await patchTicket(updated.id, { ...revert, expected: seenValues(updated, revert) });
      writeTicket(queryClient, restored);
      notifications.update({
        id,
        color: 'teal',
        message: `Undone: ${successMessage(restored, field)}`,
        autoClose: 4000,
      });
    } catch (error) {
      notifications.update({
        id,
        color: 'red',
        title: `Could not undo the change to #${updated.number}`,
        message: failureMessage(error as ApiProblem),
        autoClose: 8000,
      });
    } finally {
      invalidateTickets(queryClient, [updated]);
    }
  };
  notifications.show({
    id,
    color: 'teal',
    role: 'status', // success is polite; errors stay alerts
    autoClose: UNDO_MS,
    message: (
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <UndoButton onUndo={undo} />
      </Group>
    ),
  });
}
