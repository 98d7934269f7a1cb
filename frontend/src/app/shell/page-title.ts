import { VIEW_LABELS, type QueueOption } from '@/features/tickets';
import { filtersFromParams } from '../dashboard-params';

/**
 * What the tab is called on each page of the signed-in app, before " · WorkTrackr" (a ticket's page is named
 * by the shell from the loaded ticket: "#42 Printer on fire").
 */
export function pageTitle(pathname: string, search: string, queues: readonly QueueOption[]): string {
  if (pathname === '/') {
    const filters = filtersFromParams(new URLSearchParams(search));
    const queue =
      filters.view === 'active' && filters.queueId ? queues.find((q) => q.id === filters.queueId) : undefined;
    const list = queue ? queue.name : VIEW_LABELS[filters.view];
    return filters.q ? `“${filters.q}” in ${list}` : list;
  }
  if (pathname === '/new') return 'New ticket';
  if (pathname === '/settings' || pathname.startsWith('/settings/')) {
    // the settings area names its pages itself (its labels load with it)
    return 'Settings';
  }
  return 'Page not found';
}
