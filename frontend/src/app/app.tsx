import { useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { SESSION_CHECK_MS, identityKeys } from '@/features/identity';
import { announceToastsByColour } from '@/lib/toasts';
import { createAppQueryClient } from './query-client';
import { loginPath, signInReason } from './dashboard-params';
import { routes } from './router';
import { cssVariablesResolver, theme } from './theme';

type AppRouter = ReturnType<typeof createBrowserRouter>;

/**
 * The query client wired to the router: any 401 from the API means the session expired, so the
 * person signs in again and comes back to the same place (path + search in `?next=`).
 */
export function createSessionAwareQueryClient(router: AppRouter, options: { test?: boolean } = {}): QueryClient {
  const queryClient = createAppQueryClient((problem) => {
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate(loginPath(pathname + search, signInReason(problem)), { replace: true });
    queryClient.clear();
  }, options);
  return queryClient;
}

function createApp() {
  const router = createBrowserRouter(routes);
  const queryClient = createSessionAwareQueryClient(router);
  queryClient.setQueryDefaults(identityKeys.me(), { refetchInterval: SESSION_CHECK_MS });
  return { router, queryClient };
}

export function App() {
  const [{ router, queryClient }] = useState(createApp);
  useEffect(() => announceToastsByColour(), []);
  // Light or dark as the system says (prefers-color-scheme) until the person picks one in the header.
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" limit={4} autoClose={4000} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
