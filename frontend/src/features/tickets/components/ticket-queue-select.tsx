import { ServerSelect } from '@/components/server-select';
import type { TicketSaving } from '../api/ticket-saving';
import type { QueueOption, Ticket } from '../types';
import { useTicketField } from './use-ticket-field';

export function queueOptions(queues: QueueOption[], current?: Ticket['queue']) {
  const usable = queues.filter((q) => !q.archived || q.id === current?.id);
  if (current && !usable.some((q) => q.id === current.id)) usable.push(current);
  return usable.map((q) => ({ value: q.id, label: q.name }));
}

export function TicketQueueSelect({
  ticket,
  saving,
  queues,
  w = 160,
}: {
  ticket: Ticket;
  saving: TicketSaving | undefined;
  queues: QueueOption[];
  w?: number | string;
}) {
  const field = useTicketField(ticket, 'queueId', saving);
  return (
    <ServerSelect
      aria-label={`Queue of #${ticket.number}`}
      w={w}
      value={ticket.queue.id}
      pending={field.pending}
      pendingValue={field.pendingValue}
      disabled={field.blocked}
      data={queueOptions(queues, ticket.queue)}
      onChoose={(value) => field.change(value)}
    />
  );
}
