import { ticketKeys } from '@/features/tickets';
import { theme } from '../../app/theme';
export const x = [ticketKeys, theme];
