import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { ME } from '@/testing/fixtures';
import { renderApp, someTickets, where } from './app-test-utils';

describe('session', () => {
  it('sends someone who is not signed in to the sign-in page, and back afterwards', async () => {
    installFakeApi(someTickets(), { signedIn: false });
    const { user, router } = renderApp('/t/3');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Your session has expired. Please sign in again.')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'alice@demo.test');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong email or password.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Cannot log in' })).toBeInTheDocument();
    expect(where(router)).toBe('/t/3');
  });

  it('on a 401 from any call says the session expired, and returns to the same view after sign-in', async () => {
    const api = installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open&priority=high');
    await screen.findByTestId('ticket-row-1');

    api.expireSession();
    await user.click(screen.getByRole('button', { name: 'Assign #1 to me' }));

    expect(await screen.findByText('Your session has expired. Please sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/?view=open&priority=high');

    await user.type(screen.getByLabelText('Email'), 'alice@demo.test');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('ticket-row-1')).toBeInTheDocument();
    expect(where(router)).toBe('/?view=open&priority=high');
  });

  it('signs out from the user menu', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await user.click(await screen.findByRole('button', { name: 'Account menu for Alice Agent' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('keyboard', () => {
  it('moves through rows with j/k, opens with Enter, and shows help with ?', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Open the highlighted ticket')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('jjjk');
    expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active');
    expect(screen.getByTestId('ticket-row-2')).toHaveFocus();
    expect(screen.getByTestId('ticket-row-1')).not.toHaveAttribute('data-active');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/t/2'));
    expect(await screen.findByRole('heading', { name: 'Printer jammed' })).toBeInTheDocument();
  });

  it('selects the highlighted ticket with x and jumps to the search box with /', async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');

    await user.keyboard('jjx');
    expect(screen.getByRole('checkbox', { name: 'Select #2' })).toBeChecked();
    expect(await screen.findByText('1 selected')).toBeInTheDocument();
    await user.keyboard('x');
    expect(screen.getByRole('checkbox', { name: 'Select #2' })).not.toBeChecked();

    await user.keyboard('/');
    expect(screen.getByRole('textbox', { name: 'Search tickets' })).toHaveFocus();
    await user.keyboard('vpn');
    expect(screen.getByRole('textbox', { name: 'Search tickets' })).toHaveValue('vpn');
  });

  it('leaves j and k alone while typing in the search box', async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.type(screen.getByRole('textbox', { name: 'Search tickets' }), 'jk');
    expect(screen.getByTestId('ticket-row-1')).not.toHaveAttribute('data-active');
    expect(screen.getByRole('textbox', { name: 'Search tickets' })).toHaveValue('jk');
  });
});

describe('organisations', () => {
  const twoOrgs = {
    ...ME,
    memberships: [
      ...ME.memberships,
      { organisationId: 'org-2', organisationName: 'Other Org', role: 'agent' as const },
    ],
  };

  it('hides the switcher from people in one organisation', async () => {
    installFakeApi(someTickets());
    renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();
  });

  it('switches the acting organisation and starts afresh on its dashboard', async () => {
    installFakeApi(someTickets());
    const switched: unknown[] = [];
    server.use(
      http.get('/api/me', () => HttpResponse.json(twoOrgs)),
      http.put('/api/me/current-organisation', async ({ request }) => {
        switched.push(await request.json());
        return HttpResponse.json({
          ...twoOrgs,
          currentOrganisation: { id: 'org-2', name: 'Other Org', role: 'agent' },
        });
      }),
    );
    const { user, router } = renderApp('/?view=open&priority=high');
    const switcher = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(switcher).toHaveValue('Demo Org');

    await user.click(switcher);
    await user.click(await screen.findByRole('option', { name: 'Other Org' }));

    expect(await screen.findByText('Switched to Other Org')).toBeInTheDocument();
    expect(switched).toEqual([{ organisationId: 'org-2' }]);
    await waitFor(() => expect(where(router)).toBe('/'));
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Other Org');
  });

  it('offers invitations under the switcher; joining lists the organisation there', async () => {
    const api = installFakeApi(someTickets(), {
      invitations: [{ organisationId: 'org-2', organisationName: 'Other Org', role: 'agent' }],
    });
    const { user } = renderApp('/?view=open');
    const invitations = await screen.findByRole('region', { name: 'Invitations' });
    await user.click(within(invitations).getByRole('button', { name: 'Join Other Org' }));

    expect(await screen.findByText('You joined Other Org')).toBeInTheDocument();
    expect(api.mutations().map((r) => r.path)).toEqual(['/api/me/invitations/org-2/accept']);
    expect(screen.queryByRole('button', { name: 'Join Other Org' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invitations' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Organisation' }));
    expect(await screen.findByRole('option', { name: 'Other Org' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-row-1')).toBeInTheDocument(); // still acting in Demo Org
  });
});
