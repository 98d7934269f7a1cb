import { useTicketBusy, useUpdateTicket } from '../api/ticket-mutations';
import type { Ticket, TicketChanges, TicketField } from '../types';

/** Wiring shared by the inline controls: one mutation per control, with its pending state. */
export function useTicketField<F extends TicketField>(ticket: Ticket, field: F) {
  const mutation = useUpdateTicket(ticket);
  const anyChangeInFlight = useTicketBusy(ticket.id);
  const pending = mutation.isPending;
  const pendingValue: TicketChanges[F] | undefined = mutation.isPending ? mutation.variables.changes[field] : undefined;
  return {
    pending,
    pendingValue,
    /**
     * Another control is saving this ticket (wait for its answer), or the ticket is closed and this is
     * not its status (a closed ticket's fields are read-only until reopened: `editable` from the server).
     */
    blocked: (anyChangeInFlight && !pending) || (field !== 'status' && !ticket.editable),
    change: (value: TicketChanges[F]) => mutation.mutate({ changes: { [field]: value } }),
  };
}
