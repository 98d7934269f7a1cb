import { useEffect, useState } from 'react';
import type { Ticket } from '../types';

/** How long a row that left the list stays, fading out, before it is gone (ticket-table.module.css). */
export const LEAVE_MS = 500;

export interface ShownRow {
  ticket: Ticket;
  /** Set when the ticket has left the list (a refetch no longer holds it): the round it left in. */
  leftIn?: number;
}

interface State {
  key: string;
  source: readonly Ticket[];
  rows: ShownRow[];
  round: number;
}

/**
 * The rows as the list shows them: the tickets of the list, plus those that just left it (someone's change, a live
 * update, an inline change of one's own), kept where they were and marked, until they have faded out. Nothing jumps
 * under the pointer: a ticket that leaves stays in its place for a moment and the rows below keep theirs until it
 * is gone. A new list (another view or filter, `key`) starts afresh.
 */
export function mergeLeaving(previous: readonly ShownRow[], tickets: readonly Ticket[], round: number): ShownRow[] {
  const present = new Set(tickets.map((t) => t.id));
  const rows: ShownRow[] = tickets.map((ticket) => ({ ticket }));
  // each leaving row goes after the row it followed before, if that one is still shown; else where it was
  previous.forEach((row, index) => {
    if (present.has(row.ticket.id)) return;
    const leaving: ShownRow = { ticket: row.ticket, leftIn: row.leftIn ?? round };
    let at = 0;
    for (let before = index - 1; before >= 0; before--) {
      const anchorId = previous[before]?.ticket.id;
      const found = rows.findIndex((r) => r.ticket.id === anchorId);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    rows.splice(at, 0, leaving);
  });
  return rows;
}

export function useLeavingRows(tickets: readonly Ticket[], key: string): ShownRow[] {
  const [state, setState] = useState<State>(() => ({
    key,
    source: tickets,
    rows: tickets.map((ticket) => ({ ticket })),
    round: 0,
  }));
  let current = state;
  if (state.source !== tickets || state.key !== key) {
    // the list changed: derive the shown rows during render (React re-renders at once, nothing flashes)
    const round = state.round + 1;
    current = {
      key,
      source: tickets,
      rows: state.key === key ? mergeLeaving(state.rows, tickets, round) : tickets.map((ticket) => ({ ticket })),
      round,
    };
    setState(current);
  }

  const leavingRound = current.rows.some((row) => row.leftIn !== undefined) ? current.round : null;
  useEffect(() => {
    if (leavingRound === null) return;
    const timer = setTimeout(
      () =>
        setState((s) => ({
          ...s,
          rows: s.rows.filter((row) => row.leftIn === undefined || row.leftIn > leavingRound),
        })),
      LEAVE_MS,
    );
    return () => clearTimeout(timer);
  }, [leavingRound]);

  return current.rows;
}
