import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconUserCheck, IconUserMinus } from '@tabler/icons-react';
import { ServerSelect } from '@/components/server-select';
import type { Assignable, Ticket } from '../types';
import { useTicketField } from './use-ticket-field';

/** The select's value for "nobody": a UI-only token, sent to the server as `assigneeId: null`. */
export const UNASSIGNED = '__unassigned__';

export function assigneeOptions(members: Assignable[], current: Ticket['assignee']) {
  const people = [...members];
  if (current && !people.some((m) => m.id === current.id)) people.push(current);
  return [{ value: UNASSIGNED, label: 'Unassigned' }, ...people.map((m) => ({ value: m.id, label: m.name }))];
}

interface TicketAssigneeControlProps {
  ticket: Ticket;
  members: Assignable[];
  currentUser: Assignable;
  w?: number | string;
}

export function TicketAssigneeControl({ ticket, members, currentUser, w = 150 }: TicketAssigneeControlProps) {
  const field = useTicketField(ticket, 'assigneeId');
  const serverValue = ticket.assignee?.id ?? UNASSIGNED;
  const pendingValue = field.pendingValue === undefined ? undefined : (field.pendingValue ?? UNASSIGNED);
  const locked = field.pending || field.blocked;
  const mine = ticket.assignee?.id === currentUser.id;
  return (
    <Group gap={4} wrap="nowrap">
      <ServerSelect
        aria-label={`Assignee of #${ticket.number}`}
        w={w}
        searchable
        nothingFoundMessage="No one by that name"
        value={serverValue}
        pending={field.pending}
        pendingValue={pendingValue}
        disabled={field.blocked}
        data={assigneeOptions(members, ticket.assignee)}
        onChoose={(value) => field.change(value === UNASSIGNED ? null : value)}
      />
      {!mine && (
        <Tooltip label="Assign to me" openDelay={400}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Assign #${ticket.number} to me`}
            disabled={locked}
            onClick={() => field.change(currentUser.id)}
          >
            <IconUserCheck size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      {ticket.assignee && (
        <Tooltip label="Unassign" openDelay={400}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Unassign #${ticket.number}`}
            disabled={locked}
            onClick={() => field.change(null)}
          >
            <IconUserMinus size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
