import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { memberKeys } from '@/features/members';
import { queueKeys } from '@/features/queues';
import { ticketKeys } from '@/features/tickets';
import type { ApiProblem } from '@/lib/api-problem';
import { createQueryClient, type AppMutationMeta, type QueryClientHooks } from '@/lib/query-client';

/**
 * What else goes stale when a feature's mutation changes its server state. Features don't know
 * each other; the app does: ticket changes move the queues' active counts; a reply, note, edit,
 * redaction or file lands in the ticket's activity and may stamp the ticket (`firstRespondedAt`,
 * `updatedAt`), so the ticket and the lists that sort by it go stale.
 */
const DEPENDANTS: Record<NonNullable<AppMutationMeta['changes']>, QueryKey[]> = {
  // (and the member directory's count of each person's active tickets)
  tickets: [queueKeys.all, memberKeys.all],
  conversation: [ticketKeys.activities(), ticketKeys.byNumbers(), ticketKeys.lists()],
  // Moving a queue's active tickets, renaming or archiving a queue shows on tickets and counts.
  queues: [ticketKeys.all],
  // Deactivating someone removes them from the assignee pickers.
  members: [memberKeys.all],
};

export function createAppQueryClient(
  onUnauthenticated: (problem: ApiProblem) => void,
  options: { test?: boolean } = {},
): QueryClient {
  const hooks: QueryClientHooks = {
    onUnauthenticated,
    onServerStateChanged: (client, changes) => {
      for (const queryKey of DEPENDANTS[changes]) void client.invalidateQueries({ queryKey });
    },
  };
  return createQueryClient(hooks, options);
}
