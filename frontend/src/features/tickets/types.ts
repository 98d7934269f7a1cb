import type { FieldError } from '@/lib/api-problem';
import {
  DEFAULT_SORT_BY_VIEW,
  type Person,
  type Priority,
  type Queue,
  type Ticket,
  type TicketChanges,
  type TicketSort,
  type TicketStatus,
  type TicketView,
} from '@/lib/api-schema';

// The wire types and the closed sets of values come from the OpenAPI document (src/lib/api-schema.ts).
export { DEFAULT_SORT_BY_VIEW, PRIORITIES, SORT_FIELDS, STATUSES, VIEWS } from '@/lib/api-schema';
export type {
  Activity,
  ActivityAction,
  ActivityField,
  ActivityPage,
  BulkTicketPatch,
  NewTicket,
  Person,
  Priority,
  SlaClock,
  SlaClockExplanation,
  SlaExplanation,
  SlaSegment,
  Ticket,
  TicketChanges,
  TicketExpected,
  TicketFieldConflict,
  TicketSla,
  TicketCounts,
  TicketPage,
  TicketPatch,
  TicketSort,
  TicketSortField,
  TicketStatus,
  TicketView,
} from '@/lib/api-schema';

/** Someone a ticket can be assigned to (the app passes organisation members). */
export type Assignable = Person;

/** A queue a ticket can be put in (the app passes the organisation's queues). */
export type QueueOption = Pick<Queue, 'id' | 'name'> &
  Partial<Omit<Queue, 'id' | 'name'>> & { position?: number; mine?: boolean };

/** The order a view's list takes when the URL names none (the server's default for that view). */
export const defaultSort = (view: TicketView): TicketSort => DEFAULT_SORT_BY_VIEW[view];

/** The `assigneeId` filter's value for tickets without an assignee (the API's word, not a person's id). */
export const UNASSIGNED_FILTER = 'none';

/** What a ticket list shows: everything the URL holds for the dashboard. */
export interface TicketListFilters {
  view: TicketView;
  queueId?: string;
  /** Any of these statuses (only ones the view holds; never empty — absent means any). */
  status?: TicketStatus[];
  priority?: Priority;
  /** A member's id, or {@link UNASSIGNED_FILTER}. */
  assigneeId?: string;
  q?: string;
  sort?: TicketSort;
}

export type TicketField = keyof TicketChanges;

export interface BulkItemFailure {
  index: number;
  id: string;
  errors: FieldError[];
  ticket?: Ticket;
}
