import text from '@/components/text.module.css';
import { memo, type FocusEvent, type MouseEvent } from 'react';
import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CompactTime, RelativeTime } from '@/components/relative-time';
import { sameData } from '@/lib/same-data';
import type { TicketSaving } from '../api/ticket-saving';
import type { Assignable, Ticket } from '../types';
import { DraftMarker } from './draft-marker';
import { SlaBadgeAt } from './sla-badge';
import { TicketAssigneeControl } from './ticket-assignee-control';
import { TicketPrioritySelect } from './ticket-priority-select';
import { TicketStatusSelect } from './ticket-status-select';
import classes from './ticket-table.module.css';

export interface TicketRowProps {
  ticket: Ticket;
  index: number;
  /** How many tickets the list holds (for `aria-setsize` on cards). */
  count: number;
  members: Assignable[];
  currentUser: Assignable;
  selected: boolean;
  active: boolean;
  /** The ticket has left the list: the row fades out, inert, and is then removed. */
  leaving?: boolean;
  /** Stable callbacks (the list keeps them the same across renders). */
  onToggle: (index: number, extendRange: boolean) => void;
  onActivate: (index: number) => void;
  /** The list's minute tick: what SLA badges and "updated" times count from. */
  now: number;
  /** The ticket's changes in flight (the list reads them once for all its rows: `useSavingTickets`). */
  saving?: TicketSaving | undefined;
  /** The virtualiser's measuring ref (stable), for cards: a table row's height is fixed and never measured. */
  measure?: ((element: HTMLElement | null) => void) | undefined;
}

/**
 * A row re-renders only when what it shows changed: a background refresh that brings the same ticket in a new
 * object (or a selection change elsewhere in the list) leaves it alone.
 */
export function sameRow(a: TicketRowProps, b: TicketRowProps): boolean {
  return (
    a.index === b.index &&
    a.count === b.count &&
    a.selected === b.selected &&
    a.active === b.active &&
    a.leaving === b.leaving &&
    a.members === b.members &&
    a.currentUser === b.currentUser &&
    a.onToggle === b.onToggle &&
    a.onActivate === b.onActivate &&
    a.measure === b.measure &&
    a.now === b.now &&
    a.saving === b.saving &&
    sameData(a.ticket, b.ticket)
  );
}

function rowFocus(index: number, onActivate: (index: number) => void) {
  return (event: FocusEvent<HTMLElement>) => {
    if (event.target === event.currentTarget || !event.currentTarget.contains(event.relatedTarget)) {
      onActivate(index);
    }
  };
}

/**
 * A native checkbox (Mantine's Checkbox is eight components; a list renders one per row). `indeterminate` is a DOM
 * property, not an attribute, so it is set through the ref.
 */
export function RowCheckbox({
  label,
  checked,
  indeterminate = false,
  onClick,
}: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onClick: (event: MouseEvent<HTMLInputElement>) => void;
}) {
  return (
    <input
      type="checkbox"
      className={classes.check}
      aria-label={label}
      checked={checked}
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      onChange={() => undefined}
      onClick={onClick}
    />
  );
}

function SelectBox({
  ticket,
  index,
  selected,
  onToggle,
}: Pick<TicketRowProps, 'ticket' | 'index' | 'selected' | 'onToggle'>) {
  return (
    <RowCheckbox
      label={`Select #${ticket.number}`}
      checked={selected}
      onClick={(event) => onToggle(index, event.shiftKey)}
    />
  );
}

/**
 * One ticket as a table row (desktop): plain elements styled by the CSS module (no Mantine component per cell: a
 * 50-row page rendered ~2,000 of them), inline controls light until used. The row is a grid of fixed height, not a
 * table row (`.row` in the CSS module), so its elements say their table roles.
 */
export const TicketRow = memo(function TicketRow(props: TicketRowProps) {
  const { ticket, index, members, currentUser, selected, active, leaving, onActivate, now, saving } = props;
  return (
    <tr
      role="row"
      className={classes.row}
      data-index={index}
      data-testid={`ticket-row-${ticket.number}`}
      data-ticket-row={index}
      data-ticket-id={ticket.id}
      data-priority={ticket.priority}
      data-leaving={leaving || undefined}
      inert={leaving || undefined}
      data-active={active || undefined}
      data-selected={selected || undefined}
      aria-rowindex={index + 2}
      tabIndex={-1}
      onFocus={rowFocus(index, onActivate)}
    >
      <td role="cell">
        <SelectBox {...props} />
      </td>
      <td role="cell" className={classes.number}>
        #{ticket.number}
      </td>
      <td role="cell">
        {/* followed in the app by the list's one listener (ticket-table.tsx useRouteLinks), not a Link per row */}
        <span className={classes.titleLine}>
          <a href={`/t/${ticket.number}`} data-route className={classes.title} title={ticket.title}>
            {ticket.title}
          </a>
          <DraftMarker ticketId={ticket.id} />
        </span>
      </td>
      <td role="cell">
        {/* the control fills its cell: the column's width (ticket-table.module.css) less the cell's padding */}
        <TicketStatusSelect ticket={ticket} saving={saving} w="100%" lazy />
      </td>
      <td role="cell">
        <TicketPrioritySelect ticket={ticket} saving={saving} w="100%" lazy />
      </td>
      <td role="cell">
        <TicketAssigneeControl
          ticket={ticket}
          saving={saving}
          members={members}
          currentUser={currentUser}
          w="100%"
          lazy
        />
      </td>
      <td role="cell">
        <span className={classes.queue} title={ticket.queue.name}>
          {ticket.queue.name}
        </span>
      </td>
      <td role="cell" className={classes.due}>
        <SlaBadgeAt sla={ticket.sla} now={now} />
      </td>
      <td role="cell" className={text.noWrap}>
        <CompactTime value={ticket.updatedAt} now={now} className={classes.updated} />
      </td>
    </tr>
  );
}, sameRow);

/**
 * One ticket as a card (phones): number, title, status, priority, assignee, queue, updated, SLA; every
 * control at least 44 px high.
 */
export const TicketCard = memo(function TicketCard(props: TicketRowProps) {
  const { ticket, index, count, members, currentUser, selected, active, leaving, onActivate, measure, saving } = props;
  return (
    <li
      ref={measure}
      className={classes.card}
      data-index={index}
      data-testid={`ticket-row-${ticket.number}`}
      data-ticket-row={index}
      data-ticket-id={ticket.id}
      data-priority={ticket.priority}
      data-leaving={leaving || undefined}
      inert={leaving || undefined}
      data-active={active || undefined}
      data-selected={selected || undefined}
      aria-posinset={index + 1}
      aria-setsize={count}
      tabIndex={-1}
      onFocus={rowFocus(index, onActivate)}
    >
      <Group gap={6} wrap="nowrap" align="center">
        {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- the Checkbox renders the input */}
        <label className={classes.touchCheck}>
          <SelectBox {...props} />
        </label>
        <Text size="sm" className={classes.number}>
          #{ticket.number}
        </Text>
        {ticket.sla && <SlaBadgeAt sla={ticket.sla} now={props.now} testId="sla-badge-narrow" />}
        <DraftMarker ticketId={ticket.id} />
        <RelativeTime value={ticket.updatedAt} c="dimmed" size="xs" ml="auto" withTooltip={false} />
      </Group>
      <Anchor component={Link} to={`/t/${ticket.number}`} className={classes.cardTitle} underline="hover">
        {ticket.title}
      </Anchor>
      <Group gap={8} wrap="wrap" mt={6}>
        <TicketStatusSelect ticket={ticket} saving={saving} w={146} lazy touch />
        <TicketPrioritySelect ticket={ticket} saving={saving} w={116} lazy touch />
        <TicketAssigneeControl
          ticket={ticket}
          saving={saving}
          members={members}
          currentUser={currentUser}
          w={170}
          lazy
          touch
        />
      </Group>
      <Text size="xs" c="dimmed" mt={4} className={classes.queue} title={ticket.queue.name}>
        Queue: {ticket.queue.name}
      </Text>
    </li>
  );
}, sameRow);
