export { NewTicketForm } from './components/new-ticket-form';
