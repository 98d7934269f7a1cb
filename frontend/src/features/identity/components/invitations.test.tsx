import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { deferred, installFakeApi } from '@/testing/fake-api';
import { ME } from '@/testing/fixtures';
import { json, signedInHandlers } from '@/testing/handlers';
import { problem } from '@/testing/problems';
import { renderWithRoutes } from '@/testing/render';
import { server } from '@/testing/server';
import { useMe } from '../api/identity-api';
import type { Me } from '../types';
import { OrganisationSwitcher } from './organisation-switcher';
import { PendingInvitations } from './pending-invitations';
import { UserMenu } from './user-menu';

const OTHER = { organisationId: 'org-2', organisationName: 'Other Org', role: 'agent' as const };
const THIRD = { organisationId: 'org-3', organisationName: 'Third Org', role: 'admin' as const };

/** Where the app shows organisations: the account menu, the switcher and the invitations under it. */
function Organisations() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <UserMenu me={me} onSignedOut={() => undefined} />
      <OrganisationSwitcher me={me} onSwitched={() => undefined} />
      <PendingInvitations me={me} />
    </>
  );
}

const accountMenu = () => screen.getByRole('button', { name: 'Account menu for Alice Agent' });

describe('invitations', () => {
  it('shows nothing when there are none', async () => {
    server.use(...signedInHandlers());
    renderWithRoutes(<Organisations />);
    expect(
      await screen.findByRole('button', { name: 'Account menu for Alice Agent' }),
    ).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('region', { name: 'Invitations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Join / })).not.toBeInTheDocument();
  });

  it('joins an organisation: sends the accept, spins until it answers, then lists the organisation', async () => {
    const api = installFakeApi([], { invitations: [OTHER] });
    const gate = deferred();
    server.use(
      http.post('/api/me/invitations/:organisationId/accept', async () => {
        await gate.promise;
        return undefined; // then the fake server answers
      }),
    );
    const { user } = renderWithRoutes(<Organisations />);
    const join = await screen.findByRole('button', { name: 'Join Other Org' });
    expect(accountMenu()).toHaveAccessibleDescription('1 pending invitation');
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();

    await user.click(join);
    await waitFor(() => expect(join).toBeDisabled());
    expect(join).toHaveAttribute('aria-busy', 'true');
    expect(join.querySelector('.mantine-Button-loader')).toBeInTheDocument();

    gate.release();
    expect(await screen.findByText('You joined Other Org')).toBeInTheDocument();
    expect(api.mutations().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/me/invitations/org-2/accept']);
    expect(screen.queryByRole('button', { name: 'Join Other Org' })).not.toBeInTheDocument();
    expect(accountMenu()).not.toHaveAccessibleDescription();

    const switcher = screen.getByRole('combobox', { name: 'Organisation' });
    expect(switcher).toHaveValue('Demo Org'); // joining does not change the acting organisation
    await user.click(switcher);
    expect(await screen.findByRole('option', { name: 'Other Org' })).toBeInTheDocument();
  });

  it('tells an unconfirmed address that joining needs the address confirmed', async () => {
    server.use(...signedInHandlers({ ...ME, emailVerified: false, invitations: [OTHER] }));
    renderWithRoutes(<Organisations />);
    const invitations = await screen.findByRole('region', { name: 'Invitations' });
    expect(
      within(invitations).getByText(
        'Confirm your e-mail address to join: open the link we sent you, or the link in the invitation e-mail.',
      ),
    ).toBeInTheDocument();
    expect(within(invitations).getByRole('button', { name: 'Join Other Org' })).toBeInTheDocument();
  });

  it('on 404 says why and keeps the invitation listed', async () => {
    server.use(
      ...signedInHandlers({ ...ME, invitations: [OTHER] }),
      http.post('/api/me/invitations/:organisationId/accept', () =>
        problem('notFound', { detail: 'Invitation to organisation org-2 was not found.' }),
      ),
    );
    const { user } = renderWithRoutes(<Organisations />);
    await user.click(await screen.findByRole('button', { name: 'Join Other Org' }));

    expect(await screen.findByText('Invitation to organisation org-2 was not found.')).toBeInTheDocument();
    expect(screen.getByText('Could not join Other Org')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Join Other Org' })).toBeEnabled());
    expect(accountMenu()).toHaveAccessibleDescription('1 pending invitation');
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();
    expect(screen.queryByText('You joined Other Org')).not.toBeInTheDocument();
  });

  it('drops an invitation that was withdrawn meanwhile: joining answers 404, says why, and the list follows the server', async () => {
    let invitations = [OTHER, THIRD];
    server.use(...signedInHandlers());
    server.use(
      http.get('/api/me', () => json<Me>({ ...ME, invitations })),
      http.post('/api/me/invitations/:organisationId/accept', () =>
        problem('notFound', { detail: 'Invitation to organisation org-2 was not found.' }),
      ),
    );
    const { user } = renderWithRoutes(<Organisations />);
    const join = await screen.findByRole('button', { name: 'Join Other Org' });
    expect(accountMenu()).toHaveAccessibleDescription('2 pending invitations');

    invitations = [THIRD]; // an admin of Other Org withdraws the invitation
    await user.click(join);

    expect(await screen.findByText('Invitation to organisation org-2 was not found.')).toBeInTheDocument();
    expect(screen.getByText('Could not join Other Org')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Join Other Org' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Join Third Org' })).toBeEnabled();
    expect(accountMenu()).toHaveAccessibleDescription('1 pending invitation');
    expect(screen.queryByText('You joined Other Org')).not.toBeInTheDocument();
  });

  it('drops an invitation that expired meanwhile: joining answers 410 invitation-expired, says so, and the list follows the server', async () => {
    let invitations = [OTHER, THIRD];
    server.use(...signedInHandlers());
    server.use(
      http.get('/api/me', () => json<Me>({ ...ME, invitations })),
      http.post('/api/me/invitations/:organisationId/accept', () =>
        problem('invitationExpired', {
          detail: 'This invitation has expired. Ask an admin of the organisation to invite you again.',
        }),
      ),
    );
    const { user } = renderWithRoutes(<Organisations />);
    const join = await screen.findByRole('button', { name: 'Join Other Org' });
    expect(accountMenu()).toHaveAccessibleDescription('2 pending invitations');

    invitations = [THIRD]; // Other Org's invitation outlived its e-mailed link
    await user.click(join);

    expect(
      await screen.findByText('This invitation has expired. Ask an admin of the organisation to invite you again.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Could not join Other Org')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Join Other Org' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Join Third Org' })).toBeEnabled();
    expect(accountMenu()).toHaveAccessibleDescription('1 pending invitation');
  });

  it('counts invitations on the account menu and joins from there, keeping the menu open', async () => {
    const api = installFakeApi([], { invitations: [OTHER, THIRD] });
    const { user } = renderWithRoutes(<Organisations />);
    await screen.findByRole('button', { name: 'Join Other Org' });
    expect(accountMenu()).toHaveAccessibleDescription('2 pending invitations');
    expect(screen.getByTestId('invitation-badge')).toHaveTextContent('2');

    await user.click(accountMenu());
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Join Third Org' }));

    expect(await screen.findByText('You joined Third Org')).toBeInTheDocument();
    expect(api.mutations().map((r) => r.path)).toEqual(['/api/me/invitations/org-3/accept']);
    await waitFor(() =>
      expect(within(menu).queryByRole('menuitem', { name: 'Join Third Org' })).not.toBeInTheDocument(),
    );
    expect(within(menu).getByRole('menuitem', { name: 'Join Other Org' })).toBeInTheDocument();
    expect(accountMenu()).toHaveAccessibleDescription('1 pending invitation');
    expect(api.me().memberships.map((m) => m.organisationName)).toEqual(['Demo Org', 'Third Org']);
  });
});
