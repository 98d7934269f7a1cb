import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@/lib/query-client';

export type TestRouter = ReturnType<typeof createMemoryRouter>;

export function TestProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider env="test">
      <Notifications />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

/**
 * Renders routes (or one element at `path`) with a fresh query client, Mantine in test mode,
 * notifications and a memory router. Returns the router to inspect where the app went.
 */
export function renderWithRoutes(
  routesOrElement: RouteObject[] | ReactElement,
  options: { path?: string; client?: (router: TestRouter) => QueryClient } = {},
) {
  const routes = Array.isArray(routesOrElement) ? routesOrElement : [{ path: '*', element: routesOrElement }];
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const client = options.client ? options.client(router) : createQueryClient({}, { test: true });
  const user = userEvent.setup({ delay: null });
  const utils = render(
    <TestProviders client={client}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...utils, user, router, client };
}
