import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useMembers } from '@/features/members';
import { useActiveQueues } from '@/features/queues';
import { TicketListView, VIEW_LABELS, type BulkBarModule, type FiltersChange } from '@/features/tickets';
import { filtersFromParams, paramsFromFilters } from '../dashboard-params';
import { useSignedInMe } from './require-auth';

/** The bulk bar travels in the ticket page's chunk, loaded on the first selection (see TicketListView). */
const loadBulkBar = (): Promise<BulkBarModule> => import('./ticket-route');

export function DashboardRoute() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const me = useSignedInMe();
  const members = useMembers().data ?? [];
  const queues = useActiveQueues();

  const onFiltersChange = useCallback<FiltersChange>(
    (patch, options) =>
      setParams((previous) => paramsFromFilters({ ...filtersFromParams(previous), ...patch }), {
        replace: options?.replace ?? false,
      }),
    [setParams],
  );

  const queue = filters.view === 'active' && filters.queueId ? queues.find((q) => q.id === filters.queueId) : undefined;
  const title = queue ? queue.name : VIEW_LABELS[filters.view];

  return (
    <TicketListView
      title={title}
      filters={filters}
      onFiltersChange={onFiltersChange}
      members={members}
      queues={queues}
      currentUser={me.user}
      loadBulkBar={loadBulkBar}
    />
  );
}
