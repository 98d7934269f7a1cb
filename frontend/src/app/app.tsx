import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { createAppQueryClient } from './query-client';
import { loginPath } from './dashboard-params';
import { createAppRouter } from './router';
import { theme } from './theme';

function createApp() {
  const router = createAppRouter();
  const queryClient = createAppQueryClient(() => {
    // The session expired: sign in again, then come back to the same place.
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate(loginPath(pathname + search, true), { replace: true });
    queryClient.clear();
  });
  return { router, queryClient };
}

export function App() {
  const [{ router, queryClient }] = useState(createApp);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} autoClose={4000} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
