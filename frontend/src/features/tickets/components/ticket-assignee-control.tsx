import type { ReactNode } from 'react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconUserCheck, IconUserMinus } from '@tabler/icons-react';
import { LazyServerSelect } from '@/components/lazy-server-select';
import { ServerSelect } from '@/components/server-select';
import type { TicketSaving } from '../api/ticket-saving';
import type { Assignable, Ticket } from '../types';
import classes from './ticket-assignee-control.module.css';
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
  /** The ticket's changes in flight (see InlineControlProps). */
  saving: TicketSaving | undefined;
  members: Assignable[];
  currentUser: Assignable;
  w?: number | string;
  /** In long lists: a light stand-in until used, and no tooltips (their names are the buttons' labels). */
  lazy?: boolean;
  touch?: boolean;
}

interface AssignButtonProps {
  label: string;
  hint: string;
  lazy: boolean;
  touch: boolean;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}

/**
 * "Assign to me" / "Unassign": in the ticket page Mantine's ActionIcon with a tooltip; in a long list a plain button
 * of the same look and no tooltip (its accessible name says the same; one per row, issue 15's render budget).
 */
function AssignButton({ label, hint, lazy, touch, disabled, onClick, children }: AssignButtonProps) {
  if (lazy) {
    return (
      <button
        type="button"
        className={`${classes.iconButton} ${touch ? classes.touch : ''}`}
        aria-label={label}
        disabled={disabled}
        onClick={onClick}
      >
        {children}
      </button>
    );
  }
  return (
    <Tooltip label={hint} openDelay={400}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size={touch ? 'xl' : 'sm'}
        aria-label={label}
        disabled={disabled}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

export function TicketAssigneeControl({
  ticket,
  saving,
  members,
  currentUser,
  w = 150,
  lazy = false,
  touch = false,
}: TicketAssigneeControlProps) {
  const field = useTicketField(ticket, 'assigneeId', saving);
  const serverValue = ticket.assignee?.id ?? UNASSIGNED;
  const pendingValue = field.pendingValue === undefined ? undefined : (field.pendingValue ?? UNASSIGNED);
  const locked = field.pending || field.blocked;
  const mine = ticket.assignee?.id === currentUser.id;
  const Control = lazy ? LazyServerSelect : ServerSelect;
  return (
    // a table cell's control (`w="100%"`): the select takes what its buttons leave of the cell
    <span className={`${classes.group} ${w === '100%' ? classes.fill : ''}`}>
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
        <AssignButton
          label={`Assign #${ticket.number} to me`}
          hint="Assign to me"
          lazy={lazy}
          touch={touch}
          disabled={locked}
          onClick={() => field.change(currentUser.id)}
        >
          <IconUserCheck size={16} aria-hidden />
        </AssignButton>
      )}
      {ticket.assignee && (
        <AssignButton
          label={`Unassign #${ticket.number}`}
          hint="Unassign"
          lazy={lazy}
          touch={touch}
          disabled={locked}
          onClick={() => field.change(null)}
        >
          <IconUserMinus size={16} aria-hidden />
        </AssignButton>
      )}
    </span>
  );
}
