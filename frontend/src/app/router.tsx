import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { DashboardRoute } from './routes/dashboard-route';
import { LoginRoute } from './routes/login-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireAuth } from './routes/require-auth';
import { SignUpRoute } from './routes/signup-route';
import { AppLayout } from './shell/app-layout';

// The dashboard is the first page; the ticket page and the form load on demand. Sign-up is not lazy:
// its form is ~0.6 kB gzipped, while one more lazy chunk makes Rolldown split a shared chunk out of
// the entry and costs the first page ~2-3 kB.
const TicketRoute = lazy(() => import('./routes/ticket-route'));
const NewTicketRoute = lazy(() => import('./routes/new-ticket-route'));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  { path: '/signup', element: <SignUpRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: 't/:number', element: <TicketRoute /> },
          { path: 'new', element: <NewTicketRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
