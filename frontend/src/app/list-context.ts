import type { TicketListFilters } from '@/features/tickets';

const KEY = 'worktrackr.last-list';

interface RememberedList {
  /** The list's URL search (`?view=open…`), where `u` goes back to. */
  search: string;
  /** The same, as the list's filters: its query key, whose order j/k follow. */
  filters: TicketListFilters;
}

/**
 * The list the agent last looked at (per tab): `j`/`k` on a ticket move through that list, `u` goes back
 * to it. Written by the shell (with the filters already parsed, so the ticket page's chunk needs none of
 * the dashboard's code).
 */
export function rememberList(search: string, filters: TicketListFilters) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ search, filters } satisfies RememberedList));
  } catch {
    // storage off (private mode, quota): j/k on the ticket page then do nothing, `u` goes to the default view
  }
}

function remembered(): RememberedList | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as RememberedList) : null;
  } catch {
    return null;
  }
}

export function lastListFilters(): TicketListFilters | null {
  return remembered()?.filters ?? null;
}

/** Where `u` goes: the list the agent came from, or the default view. */
export function lastListPath(): string {
  const search = remembered()?.search ?? '';
  return search ? `/${search.startsWith('?') ? search : `?${search}`}` : '/';
}
