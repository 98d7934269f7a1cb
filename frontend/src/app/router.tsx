import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { DashboardRoute } from './routes/dashboard-route';
import { LoginRoute } from './routes/login-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireAuth } from './routes/require-auth';
import { SignUpRoute } from './routes/signup-route';
import type * as SettingsPages from './routes/settings/settings-pages';
import { AppLayout } from './shell/app-layout';

// The dashboard is the first page; the ticket page and the form load on demand. Sign-up is not lazy:
// its form is ~0.6 kB gzipped, while one more lazy chunk makes Rolldown split a shared chunk out of
// the entry and costs the first page ~2-3 kB.
const TicketRoute = lazy(() => import('./routes/ticket-route'));
const NewTicketRoute = lazy(() => import('./routes/new-ticket-route'));
// The Settings area is one chunk: its layout and its pages.
const SettingsLayout = lazy(() => import('./routes/settings/settings-layout'));
const settingsPage = (name: keyof typeof SettingsPages) =>
  lazy(() => import('./routes/settings/settings-pages').then((pages) => ({ default: pages[name] })));
const ProfilePage = settingsPage('ProfilePage');
const SessionsPage = settingsPage('SessionsPage');
const TokensPage = settingsPage('TokensPage');
const NotificationsPage = settingsPage('NotificationsPage');
const MembersPage = settingsPage('MembersPage');
const QueuesPage = settingsPage('QueuesPage');
const OrganisationPage = settingsPage('OrganisationPage');
const SlaPage = settingsPage('SlaPage');
const AuditPage = settingsPage('AuditPage');
const EmailOutboxPage = settingsPage('EmailOutboxPage');
const AutomationPage = settingsPage('AutomationPage');
const AutomationRulePage = settingsPage('AutomationRulePage');
const AcceptInvitationRoute = lazy(() => import('./routes/accept-invitation-route'));
const ResetPasswordRoute = lazy(() => import('./routes/reset-password-route'));
const ConfirmEmailRoute = lazy(() => import('./routes/confirm-email-route'));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  { path: '/signup', element: <SignUpRoute /> },
  {
    path: '/reset-password',
    element: (
      <Suspense fallback={null}>
        <ResetPasswordRoute />
      </Suspense>
    ),
  },
  {
    path: '/confirm-email',
    element: (
      <Suspense fallback={null}>
        <ConfirmEmailRoute />
      </Suspense>
    ),
  },
  {
    path: '/invitations/accept',
    element: (
      <Suspense fallback={null}>
        <AcceptInvitationRoute />
      </Suspense>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: 't/:number', element: <TicketRoute /> },
          { path: 'new', element: <NewTicketRoute /> },
          {
            path: 'settings',
            element: <SettingsLayout />,
            children: [
              { index: true, element: <Navigate to="/settings/profile" replace /> },
              { path: 'profile', element: <ProfilePage /> },
              { path: 'sessions', element: <SessionsPage /> },
              { path: 'tokens', element: <TokensPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'queues', element: <QueuesPage /> },
              { path: 'sla', element: <SlaPage /> },
              { path: 'automation', element: <AutomationPage /> },
              { path: 'automation/new', element: <AutomationRulePage /> },
              { path: 'automation/:id', element: <AutomationRulePage /> },
              { path: 'organisation', element: <OrganisationPage /> },
              { path: 'audit', element: <AuditPage /> },
              { path: 'email-outbox', element: <EmailOutboxPage /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
