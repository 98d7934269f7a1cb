import { ServerSelect } from '@/components/server-select';
import { PRIORITY_LABELS } from '../labels';
import { PRIORITIES, type Priority, type Ticket } from '../types';
import { useTicketField } from './use-ticket-field';

export const priorityOptions = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

export function TicketPrioritySelect({ ticket, w = 112 }: { ticket: Ticket; w?: number | string }) {
  const field = useTicketField(ticket, 'priority');
  return (
    <ServerSelect
      aria-label={`Priority of #${ticket.number}`}
      w={w}
      value={ticket.priority}
      pending={field.pending}
      pendingValue={field.pendingValue}
      disabled={field.blocked}
      data={priorityOptions}
      onChoose={(value) => field.change(value as Priority)}
    />
  );
}
