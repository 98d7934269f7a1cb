// The dashboard's entry. The ticket page and the form have their own entries (detail.ts,
// new-ticket.ts) so their routes can load lazily.
export type { Assignable, QueueOption, Ticket, TicketListFilters, TicketSort, TicketView, Priority } from './types';
export { defaultSort, PRIORITIES, SORT_FIELDS, VIEWS } from './types';
export { VIEW_LABELS } from './labels';
export { ticketKeys } from './api/ticket-keys';
export { TicketListView } from './components/ticket-list-view';
export type { FiltersChange } from './components/ticket-filters';
export { TicketViewNav, type NavSelection } from './components/ticket-view-nav';
