export { NewTicketForm, type NewTicketAttachments } from './components/new-ticket-form';
