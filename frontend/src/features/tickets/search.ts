// The command palette's ticket search and status words, handed to the (lazily loaded) palette by the shell:
// the palette's own chunk then shares no app module with the first page (each shared one splits a chunk off).
export { searchTickets, ticketNumberIn, ticketSearchQueryOptions } from './api/ticket-search';
export { STATUS_COLORS, STATUS_LABELS } from './labels';
