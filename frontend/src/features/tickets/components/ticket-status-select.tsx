import { ServerSelect } from '@/components/server-select';
import { STATUS_LABELS } from '../labels';
import { STATUSES, type Ticket, type TicketStatus } from '../types';
import { useTicketField } from './use-ticket-field';

export function statusOptions(ticket: Ticket) {
  const allowed = new Set<TicketStatus>([ticket.status, ...ticket.allowedStatuses]);
  return STATUSES.filter((s) => allowed.has(s)).map((s) => ({ value: s, label: STATUS_LABELS[s] }));
}

export function TicketStatusSelect({ ticket, w = 132 }: { ticket: Ticket; w?: number | string }) {
  const field = useTicketField(ticket, 'status');
  return (
    <ServerSelect
      aria-label={`Status of #${ticket.number}`}
      w={w}
      value={ticket.status}
      pending={field.pending}
      pendingValue={field.pendingValue}
      disabled={field.blocked}
      data={statusOptions(ticket)}
      onChoose={(value) => field.change(value as TicketStatus)}
    />
  );
}
