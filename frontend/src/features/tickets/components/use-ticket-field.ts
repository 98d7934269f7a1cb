import { useQueryClient } from '@tanstack/react-query';
import { changeTicket } from '../api/ticket-mutations';
import type { TicketSaving } from '../api/ticket-saving';
import type { Ticket, TicketChanges, TicketField } from '../types';

/**
 * Wiring shared by the inline controls. `saving` is the ticket's changes in flight, read once by whoever renders
 * the controls (the list for all its rows, the ticket page for its own: `useSavingTickets`, `useTicketSaving`), so
 * a control costs no subscription of its own.
 */
export function useTicketField<F extends TicketField>(ticket: Ticket, field: F, saving: TicketSaving | undefined) {
  const queryClient = useQueryClient();
  const pending = saving !== undefined && Object.prototype.hasOwnProperty.call(saving, field);
  const pendingValue: TicketChanges[F] | undefined = pending ? saving[field] : undefined;
  return {
    /** A change of this field is on its way to the server (the control shows a spinner, and still the old value). */
    pending,
    pendingValue,
    /**
     * Another change of this ticket is saving (wait for its answer), or the ticket is closed and this is
     * not its status (a closed ticket's fields are read-only until reopened: `editable` from the server).
     */
    blocked: (saving !== undefined && !pending) || (field !== 'status' && !ticket.editable),
    change: (value: TicketChanges[F]) => changeTicket(queryClient, ticket, { changes: { [field]: value } }),
  };
}
