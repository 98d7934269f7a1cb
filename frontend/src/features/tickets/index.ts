// The dashboard's entry. The ticket page and the form have their own entries (detail.ts,
// new-ticket.ts) so their routes can load lazily.
export type {
  Assignable,
  QueueOption,
  Ticket,
  TicketListFilters,
  TicketSort,
  TicketStatus,
  TicketView,
  Priority,
} from './types';
export { defaultSort, PRIORITIES, SORT_FIELDS, STATUSES, VIEWS } from './types';
export { filtersForView } from './view-rules';
export { HeaderSearch } from './components/header-search';
export { VIEW_LABELS } from './labels';
export { ticketKeys } from './api/ticket-keys';
export { TicketListView, type BulkBarModule } from './components/ticket-list-view';
export type { FiltersChange } from './components/ticket-filters';
export { TicketViewNav, type NavSelection } from './components/ticket-view-nav';
