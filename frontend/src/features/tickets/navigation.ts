// Moving between tickets from anywhere (j/k on the ticket page, the command palette): loaded lazily with
// the ticket page and the palette, not with the dashboard.
export { useTicketNeighbours, neighbourIn } from './api/ticket-neighbours';
export { useUpdateTicket } from './api/ticket-mutations';
export { STATUS_COLORS, STATUS_LABELS } from './labels';
export type { Ticket, TicketStatus } from './types';
