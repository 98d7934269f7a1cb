import { LazyServerSelect } from '@/components/lazy-server-select';
import { ServerSelect } from '@/components/server-select';
import { STATUS_COLORS, STATUS_LABELS } from '../labels';
import { STATUSES, type Ticket, type TicketStatus } from '../types';
import type { TicketSaving } from '../api/ticket-saving';
import { useTicketField } from './use-ticket-field';

export function statusOptions(ticket: Ticket) {
  const allowed = new Set<TicketStatus>([ticket.status, ...ticket.allowedStatuses]);
  return STATUSES.filter((s) => allowed.has(s)).map((s) => ({ value: s, label: STATUS_LABELS[s] }));
}

export interface InlineControlProps {
  ticket: Ticket;
  /** The ticket's changes in flight (`useSavingTickets` for a list, `useTicketSaving` for one ticket). */
  saving: TicketSaving | undefined;
  w?: number | string;
  /** In long lists: a light stand-in until used (see LazyServerSelect). */
  lazy?: boolean;
  /** 44 px tap targets (phone cards). */
  touch?: boolean;
}

export function TicketStatusSelect({ ticket, saving, w = 132, lazy = false, touch = false }: InlineControlProps) {
  const field = useTicketField(ticket, 'status', saving);
  const Control = lazy ? LazyServerSelect : ServerSelect;
  return (
    <Control
      {...(lazy ? { dot: STATUS_COLORS[ticket.status], touch } : {})}
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
