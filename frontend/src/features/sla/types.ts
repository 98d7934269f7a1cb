export type {
  Priority,
  SlaCalendar,
  SlaCalendarInput,
  SlaDuePreview,
  SlaHours,
  SlaPolicy,
  SlaPolicyInput,
  SlaRecompute,
  SlaTargets,
  Weekday,
} from '@/lib/api-schema';
export { PRIORITIES, WEEKDAYS } from '@/lib/api-schema';

/** What the policy form needs of a queue (the app passes the queues in; features never import each other). */
export interface SlaQueueOption {
  id: string;
  name: string;
}
