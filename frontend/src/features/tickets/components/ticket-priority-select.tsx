import { LazyServerSelect } from '@/components/lazy-server-select';
import { ServerSelect } from '@/components/server-select';
import { PRIORITY_COLORS, PRIORITY_LABELS } from '../labels';
import { UrgentIcon } from './priority-icon';
import { PRIORITIES, type Priority } from '../types';
import type { InlineControlProps } from './ticket-status-select';
import { useTicketField } from './use-ticket-field';

export const priorityOptions = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

export function TicketPrioritySelect({ ticket, saving, w = 112, lazy = false, touch = false }: InlineControlProps) {
  const field = useTicketField(ticket, 'priority', saving);
  const Control = lazy ? LazyServerSelect : ServerSelect;
  return (
    <Control
      {...(lazy
        ? {
            touch,
            // urgent stands out (icon, bold red); the others carry their colour as a dot
            ...(ticket.priority === 'urgent'
              ? { icon: <UrgentIcon />, strong: true }
              : { dot: PRIORITY_COLORS[ticket.priority] }),
          }
        : {})}
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
