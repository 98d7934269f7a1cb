export { TicketDetail, TicketNotFound } from './components/ticket-detail';
