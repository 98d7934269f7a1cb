import type { QueryClient } from '@tanstack/react-query';
import { queueKeys } from '@/features/queues';
import { createQueryClient, type QueryClientHooks } from '@/lib/query-client';

/** The app's query client: features' mutations say what they changed, the app refreshes dependants. */
export function createAppQueryClient(onUnauthenticated: () => void, options: { test?: boolean } = {}): QueryClient {
  const hooks: QueryClientHooks = {
    onUnauthenticated,
    onServerStateChanged: (client, changes) => {
      // Ticket changes move queues' active counts.
      if (changes === 'tickets') void client.invalidateQueries({ queryKey: queueKeys.all });
    },
  };
  return createQueryClient(hooks, options);
}
