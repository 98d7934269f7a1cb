import type { TicketListFilters } from '@/features/tickets';
import { filtersFromParams } from './dashboard-params';

const KEY = 'worktrackr.last-list';

/**
 * The list the agent last looked at (its URL search, per tab): `j`/`k` on a ticket move through that
 * list, `u` goes back to it.
 */
export function rememberList(search: string) {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // storage off (private mode quota): j/k on the ticket page then do nothing, `u` goes to the default view
  }
}

export function lastListSearch(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function lastListFilters(): TicketListFilters | null {
  const search = lastListSearch();
  return search === null ? null : filtersFromParams(new URLSearchParams(search));
}

/** Where `u` goes: the list the agent came from, or the default view. */
export function lastListPath(): string {
  const search = lastListSearch();
  return search ? `/${search.startsWith('?') ? search : `?${search}`}` : '/';
}
