import { VIEW_LABELS, type QueueOption } from '@/features/tickets';
import { filtersFromParams } from '../dashboard-params';

/**
 * What the tab is called on each page of the signed-in app, before " · WorkTrackr" (a ticket's page is named
 * by the shell from the loaded ticket: "#42 Printer on fire"); `null` for a page that names itself.
 */
export function pageTitle(pathname: string, search: string, queues: readonly QueueOption[]): string | null {
  if (pathname === '/') {
    const filters = filtersFromParams(new URLSearchParams(search));
    const queue =
      filters.view === 'active' && filters.queueId ? queues.find((q) => q.id === filters.queueId) : undefined;
    const list = queue ? queue.name : VIEW_LABELS[filters.view];
    return filters.q ? `“${filters.q}” in ${list}` : list;
  }
  if (pathname === '/new') return 'New ticket';
  if (pathname === '/settings' || pathname.startsWith('/settings/')) {
    // the settings area names its pages itself ("Members · Settings"): its labels load with it
    return null;
  }
  return 'Page not found';
}
