import { isRecord } from '@/lib/api-problem';
import { PRIORITIES, STATUSES, type Priority, type Ticket, type TicketStatus, type TicketView } from './types';

export const STATUS_LABELS: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In Progress',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const STATUS_COLORS: Record<TicketStatus, string> = {
  open: 'blue',
  in_progress: 'violet',
  pending: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

/** Priority colours (Mantine colour names): urgent stands out, low recedes. */
export const PRIORITY_COLORS: Record<Priority, string> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  urgent: 'red',
};

export const VIEW_LABELS: Record<TicketView, string> = {
  my: 'My Tickets',
  unassigned: 'Unassigned',
  active: 'Active',
  open: 'Open',
  in_progress: 'In Progress',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
  all: 'All',
  at_risk: 'At risk',
  breached: 'Breached',
};

export const statusLabel = (status: string): string =>
  (STATUSES as readonly string[]).includes(status) ? STATUS_LABELS[status as TicketStatus] : status;

export const priorityLabel = (priority: string): string =>
  (PRIORITIES as readonly string[]).includes(priority) ? PRIORITY_LABELS[priority as Priority] : priority;

/** Narrows an unknown value (e.g. a problem's `ticket` property) to a Ticket. */
export function isTicket(value: unknown): value is Ticket {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.number === 'number' &&
    typeof value.status === 'string' &&
    typeof value.version === 'number'
  );
}
