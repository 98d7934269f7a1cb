import type { ReactElement } from 'react';
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconUserCheck, IconUserMinus } from '@tabler/icons-react';
import { LazyServerSelect } from '@/components/lazy-server-select';
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
  /** In long lists: a light stand-in until used, and no tooltips (their names are the buttons' labels). */
  lazy?: boolean;
  touch?: boolean;
}

/** A tooltip in the ticket page; in a long list just the button (its accessible name says the same). */
function Hint({ label, lazy, children }: { label: string; lazy: boolean; children: ReactElement }) {
  if (lazy) return children;
  return (
    <Tooltip label={label} openDelay={400}>
      {children}
    </Tooltip>
  );
}

export function TicketAssigneeControl({
  ticket,
  members,
  currentUser,
  w = 150,
  lazy = false,
  touch = false,
}: TicketAssigneeControlProps) {
  const field = useTicketField(ticket, 'assigneeId');
  const serverValue = ticket.assignee?.id ?? UNASSIGNED;
  const pendingValue = field.pendingValue === undefined ? undefined : (field.pendingValue ?? UNASSIGNED);
  const locked = field.pending || field.blocked;
  const mine = ticket.assignee?.id === currentUser.id;
  const Control = lazy ? LazyServerSelect : ServerSelect;
  const iconSize = touch ? 'xl' : 'sm';
  return (
    <Group gap={4} wrap="nowrap">
      <Control
        {...(lazy ? { touch } : {})}
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
        <Hint label="Assign to me" lazy={lazy}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={iconSize}
            aria-label={`Assign #${ticket.number} to me`}
            disabled={locked}
            onClick={() => field.change(currentUser.id)}
          >
            <IconUserCheck size={16} aria-hidden />
          </ActionIcon>
        </Hint>
      )}
      {ticket.assignee && (
        <Hint label="Unassign" lazy={lazy}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={iconSize}
            aria-label={`Unassign #${ticket.number}`}
            disabled={locked}
            onClick={() => field.change(null)}
          >
            <IconUserMinus size={16} aria-hidden />
          </ActionIcon>
        </Hint>
      )}
    </Group>
  );
}
