import type { FieldError } from '@/lib/api-problem';

export const STATUSES = ['open', 'in_progress', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof STATUSES)[number];

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

/** Someone a ticket can be assigned to (the app passes organisation members). */
export interface Assignable {
  id: string;
  name: string;
  email?: string;
}

/** A queue a ticket can be put in (the app passes the organisation's queues). */
export interface QueueOption {
  id: string;
  name: string;
  isDefault?: boolean;
  archived?: boolean;
  /** Open, in-progress and pending tickets, as the queue list reports them. */
  activeCount?: number;
}

export interface Ticket {
  id: string;
  number: number;
  title: string;
  description: string;
  status: TicketStatus;
  priority: Priority;
  queue: { id: string; name: string };
  assignee: PersonRef | null;
  createdBy: PersonRef;
  allowedStatuses: TicketStatus[];
  version: number;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  /** When an agent first replied publicly; null until then (older servers leave it out). */
  firstRespondedAt?: string | null;
}

export interface TicketPage {
  items: Ticket[];
  nextCursor: string | null;
}

export const VIEWS = [
  'my',
  'unassigned',
  'active',
  'open',
  'in_progress',
  'pending',
  'resolved',
  'closed',
  'all',
] as const;
export type TicketView = (typeof VIEWS)[number];

export interface TicketCounts {
  views: Record<TicketView, number>;
  queues: { id: string; name: string; count: number }[];
}

export const SORT_FIELDS = ['updated', 'created', 'number', 'priority', 'status', 'title'] as const;
export type TicketSortField = (typeof SORT_FIELDS)[number];
export type TicketSort = TicketSortField | `-${TicketSortField}`;
export const DEFAULT_SORT: TicketSort = '-updated';

/** What a ticket list shows: everything the URL holds for the dashboard. */
export interface TicketListFilters {
  view: TicketView;
  queueId?: string;
  priority?: Priority;
  assigneeId?: string;
  q?: string;
  sort?: TicketSort;
}

/** The fields a person can change on a ticket; `assigneeId: null` unassigns. */
export interface TicketChanges {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
  queueId?: string;
  title?: string;
  description?: string;
}

export type TicketField = keyof TicketChanges;

export interface TicketPatch extends TicketChanges {
  version: number;
}

export interface BulkTicketPatch extends TicketPatch {
  id: string;
}

export interface BulkItemFailure {
  index: number;
  id: string;
  errors: FieldError[];
  ticket?: Ticket;
}

export interface NewTicket {
  title: string;
  description: string;
  priority?: Priority;
  queueId?: string;
  assigneeId?: string;
}

export type ActivityField = 'status' | 'priority' | 'assignee' | 'queue' | 'title' | 'description';

/** `created` and `changed` are the ticket's own; the others are the conversation's (see docs/api.md). */
export type ActivityAction =
  'created' | 'changed' | 'commented' | 'comment_edited' | 'comment_redacted' | 'attachment_added';

export interface Activity {
  id: string;
  action: ActivityAction;
  field: ActivityField | null;
  oldValue: string | null;
  newValue: string | null;
  oldLabel: string | null;
  newLabel: string | null;
  actor: { id: string; name: string };
  at: string;
}

/** One page of a ticket's activity, newest first; `nextCursor` fetches older entries (null: no more). */
export interface ActivityPage {
  items: Activity[];
  nextCursor: string | null;
}
