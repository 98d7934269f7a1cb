import { VIEW_LABELS, type QueueOption } from '@/features/tickets';
import { filtersFromParams } from '../dashboard-params';
import { SETTINGS_PAGES } from '../routes/settings/settings-nav';

/**
 * What the tab is called on each page of the signed-in app, before " · WorkTrackr". `undefined` for a
 * ticket: the ticket page names itself once it knows the ticket's title ("#42 Printer on fire").
 */
export function pageTitle(pathname: string, search: string, queues: readonly QueueOption[]): string | undefined {
  if (pathname === '/') {
    const filters = filtersFromParams(new URLSearchParams(search));
    const queue =
      filters.view === 'active' && filters.queueId ? queues.find((q) => q.id === filters.queueId) : undefined;
    const list = queue ? queue.name : VIEW_LABELS[filters.view];
    return filters.q ? `“${filters.q}” in ${list}` : list;
  }
  if (pathname.startsWith('/t/')) return undefined;
  if (pathname === '/new') return 'New ticket';
  if (pathname === '/settings' || pathname.startsWith('/settings/')) {
    const path = pathname.split('/')[2];
    const page = SETTINGS_PAGES.find((p) => p.path === path);
    return page ? `${page.label} · Settings` : path ? 'Page not found' : 'Settings';
  }
  return 'Page not found';
}
