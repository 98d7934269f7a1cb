// The ticket page's entry (loaded lazily with its route).
export { TicketDetail, TicketNotFound } from './components/ticket-detail';
export { ActivityLine, isTicketFieldActivity } from './components/activity-line';
export { useTicketActivity } from './api/tickets-api';
export type { Activity, Ticket } from './types';
