import { screen } from '@testing-library/react';
import { ALICE, aTicket } from '@/testing/fixtures';
import { renderWithRoutes } from '@/testing/render';
import { createSessionAwareQueryClient } from './app';
import { routes } from './router';

/** The whole app (routes, session handling) on a memory router, against the fake API. */
export function renderApp(path: string) {
  return renderWithRoutes(routes, { path, client: (router) => createSessionAwareQueryClient(router, { test: true }) });
}

export const where = (router: ReturnType<typeof renderApp>['router']) =>
  router.state.location.pathname + router.state.location.search;

export const count = (view: string) => screen.getByTestId(`count-${view}`);

export function someTickets() {
  return [
    aTicket({ number: 1, status: 'open', priority: 'high', title: 'VPN drops every hour' }),
    aTicket({ number: 2, status: 'open', priority: 'low', title: 'Printer jammed', assignee: ALICE }),
    aTicket({
      number: 3,
      status: 'open',
      priority: 'high',
      title: 'Cannot log in',
      queue: { id: 'q-billing', name: 'Billing' },
    }),
    aTicket({ number: 4, status: 'closed', title: 'Old request' }),
  ];
}
