import { STATUSES, type TicketListFilters, type TicketStatus, type TicketView } from './types';

const ACTIVE: readonly TicketStatus[] = ['open', 'in_progress', 'pending'];

/** The statuses each view holds (the server's TicketView says the same; docs/api.md, Views). */
export const VIEW_STATUSES: Record<TicketView, readonly TicketStatus[]> = {
  my: ACTIVE,
  unassigned: ACTIVE,
  active: ACTIVE,
  open: ['open'],
  in_progress: ['in_progress'],
  pending: ['pending'],
  resolved: ['resolved'],
  closed: ['closed'],
  all: STATUSES,
  at_risk: ACTIVE,
  breached: ACTIVE,
};

/**
 * The statuses the status filter offers in a view: only those inside it, and none at all when the view is one
 * status (a filter could only repeat it or empty the list).
 */
export function statusFilterOptions(view: TicketView): readonly TicketStatus[] {
  const held = VIEW_STATUSES[view];
  return held.length > 1 ? held : [];
}

/** "My Tickets" and "Unassigned" say whose tickets they are: an assignee filter could only contradict them. */
export function offersAssigneeFilter(view: TicketView): boolean {
  return view !== 'my' && view !== 'unassigned';
}

/**
 * The filters as far as they agree with their view: a status outside the view or an assignee in a view that
 * names the assignee is dropped (a link or the back button can bring such a URL), so the list never silently
 * shows nothing because of a filter the bar does not offer.
 */
export function filtersForView(filters: TicketListFilters): TicketListFilters {
  const next: TicketListFilters = { ...filters };
  const offered = statusFilterOptions(filters.view);
  const status = filters.status?.filter((s) => offered.includes(s));
  if (status && status.length > 0 && status.length < offered.length) next.status = status;
  else delete next.status;
  if (!offersAssigneeFilter(filters.view)) delete next.assigneeId;
  return next;
}
