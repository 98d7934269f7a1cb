import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { http } from 'msw';
import { aDirectoryMember, installFakeAdminApi } from '@/testing/fake-admin-api';
import { problem } from '@/testing/problems';
import { server } from '@/testing/server';
import { ALICE, BOB, ME, aTicket } from '@/testing/fixtures';
import { layOutSortableRows } from '@/testing/sortable-layout';
import { renderApp } from './app-test-utils';

const AGENT_ME = { ...ME, currentOrganisation: { ...ME.currentOrganisation, role: 'agent' as const } };

describe('settings navigation', () => {
  it('offers admins every page and agents only their own; an admin page tells an agent it is for admins', async () => {
    installFakeAdminApi({ me: AGENT_ME });
    renderApp('/settings/members');
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Profile' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit trail' })).not.toBeInTheDocument();
  });

  it('opens the profile from the user menu', async () => {
    installFakeAdminApi();
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Account menu for Alice Agent' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/profile');
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Members' })).toBeInTheDocument();
  });

  it('names each settings page in the tab', async () => {
    installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Profile · Settings · WorkTrackr'));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Settings' })).getByRole('link', { name: 'Members' }),
    );
    await waitFor(() => expect(document.title).toBe('Members · Settings · WorkTrackr'));
  });
});

describe('members', () => {
  it('invites a colleague and shows the link once, with a copy button', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/members');
    await user.click(await screen.findByRole('button', { name: 'Invite' }));
    await user.type(await screen.findByLabelText(/E-mail/), 'sam@example.com');
    await user.click(screen.getByRole('button', { name: 'Create invitation' }));

    const link = await screen.findByRole('textbox', { name: 'Invitation link for sam@example.com' });
    expect(link).toHaveValue('http://localhost/invitations/accept#token=tok-inv-1');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(api.mutations().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/invitations', { email: 'sam@example.com', role: 'agent' }],
    ]);
    expect(await screen.findByRole('listitem', { name: 'sam@example.com' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('textbox', { name: 'Invitation link for sam@example.com' })).not.toBeInTheDocument();
  });

  it('shows an invalid e-mail next to the field', async () => {
    installFakeAdminApi();
    const { user } = renderApp('/settings/members');
    await user.click(await screen.findByRole('button', { name: 'Invite' }));
    await user.type(await screen.findByLabelText(/E-mail/), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByText('must be an e-mail address')).toBeInTheDocument();
  });

  it('refuses to demote the last admin and keeps showing the role the server holds', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/members');
    const alice = await screen.findByRole('listitem', { name: ALICE.name });
    await user.click(within(alice).getByRole('combobox', { name: `Role of ${ALICE.name}` }));
    await user.click(await screen.findByRole('option', { name: 'Agent' }));

    expect(await within(alice).findByRole('alert')).toHaveTextContent('An organisation needs at least one admin.');
    expect(within(alice).getByRole('combobox', { name: `Role of ${ALICE.name}` })).toHaveValue('Admin');
    expect(api.directory()[0]?.role).toBe('admin');
  });

  it('promotes an agent, after which the former last admin can be demoted', async () => {
    installFakeAdminApi();
    const { user } = renderApp('/settings/members');
    const bob = await screen.findByRole('listitem', { name: BOB.name });
    await user.click(within(bob).getByRole('combobox', { name: `Role of ${BOB.name}` }));
    await user.click(await screen.findByRole('option', { name: 'Admin' }));
    expect(await screen.findByText(`${BOB.name} is now admin`)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(bob).getByRole('combobox', { name: `Role of ${BOB.name}` })).toHaveValue('Admin'),
    );
  });

  it('deactivates after confirming, then offers their active tickets for a bulk reassignment', async () => {
    const bobs = [
      aTicket({ id: 't-71', number: 71, title: 'Router down', assignee: BOB }),
      aTicket({ id: 't-72', number: 72, title: 'New laptop', assignee: BOB }),
    ];
    const api = installFakeAdminApi({ tickets: bobs });
    const { user } = renderApp('/settings/members');
    const bob = await screen.findByRole('listitem', { name: BOB.name });
    await user.click(within(bob).getByRole('button', { name: `Deactivate ${BOB.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Deactivate ${BOB.name}?` });
    expect(dialog).toHaveTextContent('Their 2 active tickets stay assigned to them');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    const panel = await screen.findByRole('region', { name: `Active tickets of ${BOB.name}` });
    expect(await within(panel).findByText('#71 Router down')).toBeInTheDocument();
    expect(within(panel).getByText('#72 New laptop')).toBeInTheDocument();
    await user.click(within(panel).getByRole('combobox', { name: 'Reassign to' }));
    await user.click(await screen.findByRole('option', { name: ALICE.name }));
    await user.click(within(panel).getByRole('button', { name: 'Reassign 2 tickets' }));

    await waitFor(() => expect(api.tickets().every((t) => t.assignee?.id === ALICE.id)).toBe(true));
    const bulk = api.mutations().find((r) => r.path === '/api/tickets/bulk');
    expect(bulk?.body).toEqual([
      { id: 't-71', version: 3, assigneeId: ALICE.id },
      { id: 't-72', version: 3, assigneeId: ALICE.id },
    ]);
    expect(api.mutations()[0]).toMatchObject({ path: `/api/members/${BOB.id}`, body: { status: 'deactivated' } });
    expect(await within(bob).findByRole('button', { name: `Reactivate ${BOB.name}` })).toBeInTheDocument();
  });

  it('shows an invited person as waiting for them to accept, with no role or status to change yet', async () => {
    const invited = aDirectoryMember({
      id: 'u-invited',
      name: 'carol@example.test',
      email: 'carol@example.test',
      role: 'agent',
      status: 'invited',
      lastSeenAt: null,
    });
    installFakeAdminApi({ directory: [aDirectoryMember(), invited] });
    renderApp('/settings/members');
    const row = await screen.findByRole('listitem', { name: 'carol@example.test' });
    expect(within(row).getByText('Invited — waiting for them to accept')).toBeInTheDocument();
    expect(within(row).queryByText(/last seen/)).not.toBeInTheDocument();
    expect(within(row).getByRole('combobox', { name: 'Role of carol@example.test' })).toBeDisabled();
    expect(within(row).getByRole('button', { name: 'Deactivate carol@example.test' })).toBeDisabled();
    const alice = screen.getByRole('listitem', { name: ALICE.name });
    expect(within(alice).getByText(/last seen/)).toBeInTheDocument();
  });

  it('shows an expired invitation as expired and invites the address again: a new link, shown once', async () => {
    const expired = aDirectoryMember({
      id: 'u-expired',
      name: 'dave@example.test',
      email: 'dave@example.test',
      role: 'agent',
      status: 'expired',
      lastSeenAt: null,
    });
    const api = installFakeAdminApi({ directory: [aDirectoryMember(), expired] });
    const { user } = renderApp('/settings/members');
    const row = await screen.findByRole('listitem', { name: 'dave@example.test' });
    expect(within(row).getByText('expired')).toBeInTheDocument();
    expect(within(row).getByText('Invitation expired — not accepted in time')).toBeInTheDocument();
    expect(within(row).queryByText('Invited — waiting for them to accept')).not.toBeInTheDocument();
    expect(within(row).getByRole('combobox', { name: 'Role of dave@example.test' })).toBeDisabled();
    expect(within(row).getByRole('button', { name: 'Deactivate dave@example.test' })).toBeDisabled();

    await user.click(within(row).getByRole('button', { name: 'Invite dave@example.test again' }));

    const link = await screen.findByRole('textbox', { name: 'Invitation link for dave@example.test' });
    expect(link).toHaveValue('http://localhost/invitations/accept#token=tok-inv-1');
    expect(api.mutations().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/invitations', { email: 'dave@example.test', role: 'agent' }],
    ]);
    // the directory follows the server: invited again, waiting for them to accept; the new link is pending
    const members = screen.getByRole('list', { name: 'Members' });
    await waitFor(() =>
      expect(
        within(within(members).getByRole('listitem', { name: 'dave@example.test' })).getByText(
          'Invited — waiting for them to accept',
        ),
      ).toBeInTheDocument(),
    );
    const pending = screen.getByRole('region', { name: 'Pending invitations' });
    expect(within(pending).getByRole('listitem', { name: 'dave@example.test' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite dave@example.test again' })).not.toBeInTheDocument();
  });

  it('withdraws an expired invitation from its row: progress, then the row leaves the directory', async () => {
    const expired = aDirectoryMember({
      id: 'u-expired',
      name: 'dave@example.test',
      email: 'dave@example.test',
      role: 'agent',
      status: 'expired',
      lastSeenAt: null,
    });
    const api = installFakeAdminApi({ directory: [aDirectoryMember(), expired] });
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      // held until the test lets it through, then answered by the fake organisation (the next handler)
      http.delete('/api/members/:id/invitation', async () => {
        await answered;
      }),
    );
    const { user } = renderApp('/settings/members');
    const row = await screen.findByRole('listitem', { name: 'dave@example.test' });
    expect(within(row).getByRole('button', { name: 'Invite dave@example.test again' })).toBeEnabled();

    await user.click(within(row).getByRole('button', { name: 'Withdraw the invitation for dave@example.test' }));

    await waitFor(() =>
      expect(
        within(row).getByRole('button', { name: 'Withdraw the invitation for dave@example.test' }),
      ).toHaveAttribute('aria-busy', 'true'),
    );
    expect(within(row).getByRole('button', { name: 'Invite dave@example.test again' })).toBeDisabled();
    expect(screen.getByRole('listitem', { name: 'dave@example.test' })).toBeInTheDocument();
    answer();
    expect(await screen.findByText('The invitation for dave@example.test was withdrawn')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'dave@example.test' })).not.toBeInTheDocument());
    expect(api.mutations().map((r) => [r.method, r.path])).toEqual([['DELETE', '/api/members/u-expired/invitation']]);
    expect(api.directory().map((m) => m.email)).not.toContain('dave@example.test');
  });

  it('says so in the row when withdrawing an expired invitation fails, and keeps the row', async () => {
    const expired = aDirectoryMember({
      id: 'u-expired',
      name: 'dave@example.test',
      email: 'dave@example.test',
      role: 'agent',
      status: 'expired',
      lastSeenAt: null,
    });
    installFakeAdminApi({ directory: [aDirectoryMember(), expired] });
    server.use(
      http.delete('/api/members/:id/invitation', () =>
        problem('notFound', { detail: 'This invitation was withdrawn or accepted meanwhile.' }),
      ),
    );
    const { user } = renderApp('/settings/members');
    const row = await screen.findByRole('listitem', { name: 'dave@example.test' });

    await user.click(within(row).getByRole('button', { name: 'Withdraw the invitation for dave@example.test' }));

    expect(await within(row).findByRole('alert')).toHaveTextContent(/^Could not withdraw the invitation: /);
    expect(within(row).getByRole('button', { name: 'Withdraw the invitation for dave@example.test' })).toBeEnabled();
  });

  it('lists only expired invitations under the Expired filter', async () => {
    installFakeAdminApi({
      directory: [
        aDirectoryMember(),
        aDirectoryMember({ id: 'u-e', name: 'erin@example.test', email: 'erin@example.test', status: 'expired' }),
        aDirectoryMember({ id: 'u-i', name: 'ivan@example.test', email: 'ivan@example.test', status: 'invited' }),
      ],
    });
    const { user } = renderApp('/settings/members');
    await screen.findByRole('listitem', { name: 'ivan@example.test' });
    await user.click(screen.getByText('Expired'));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'ivan@example.test' })).not.toBeInTheDocument());
    expect(screen.getByRole('listitem', { name: 'erin@example.test' })).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: ALICE.name })).not.toBeInTheDocument();
  });

  it('searches by name and loads more members page by page', async () => {
    const many = Array.from({ length: 52 }, (_, i) =>
      aDirectoryMember({
        id: `u-${i}`,
        name: `Person ${String(i).padStart(2, '0')}`,
        email: `p${i}@x.test`,
        role: 'agent',
      }),
    );
    const api = installFakeAdminApi({ directory: [aDirectoryMember(), ...many] });
    const { user } = renderApp('/settings/members');
    await screen.findByRole('listitem', { name: 'Person 00' });
    expect(screen.queryByRole('listitem', { name: 'Person 51' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('listitem', { name: 'Person 51' })).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.paste('Person 42');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Person 00' })).not.toBeInTheDocument());
    expect(await screen.findByRole('listitem', { name: 'Person 42' })).toBeInTheDocument();
    expect(api.requests.some((r) => r.path === '/api/members/directory' && r.search.includes('q=Person+42'))).toBe(
      true,
    );
    // Fifty rows of real Mantine controls take a while under jsdom on a busy two-core machine.
  }, 90_000);
});

describe('queues', () => {
  it('creates a queue and gives it two members', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/queues');
    await user.type(await screen.findByRole('textbox', { name: 'New queue' }), 'Hardware');
    await user.click(screen.getByRole('button', { name: 'Create queue' }));
    const row = await screen.findByRole('listitem', { name: 'Hardware' });

    await user.click(within(row).getByRole('button', { name: 'Members' }));
    const picker = await within(row).findByRole('combobox', { name: 'Members of Hardware' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: ALICE.name }));
    await user.click(await screen.findByRole('option', { name: BOB.name }));
    await user.click(within(row).getByRole('button', { name: 'Save members' }));

    expect(await screen.findByText('Hardware: 2 members')).toBeInTheDocument();
    const put = api.mutations().find((r) => r.method === 'PUT');
    expect(put).toMatchObject({ path: '/api/queues/q-1/members', body: { userIds: [ALICE.id, BOB.id] } });
  });

  it('asks where to move the active tickets when the server says the queue is not empty', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/queues');
    const billing = await screen.findByRole('listitem', { name: 'Billing' });
    await user.click(within(billing).getByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Billing?' });
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));

    expect(await within(dialog).findByText(/Billing holds 3 active tickets/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: 'Move its active tickets to' }));
    await user.click(await screen.findByRole('option', { name: 'General' }));
    await user.click(within(dialog).getByRole('button', { name: 'Move tickets and archive' }));

    expect(await screen.findByText('Billing archived and its active tickets moved to General')).toBeInTheDocument();
    expect(api.mutations().map((r) => r.body)).toEqual([
      { archived: true },
      { archived: true, moveActiveTicketsTo: 'q-general' },
    ]);
    expect(await within(billing).findByText('Archived')).toBeInTheDocument();
  });

  it('moves a queue up and sends the whole order', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/queues');
    await user.click(await screen.findByRole('button', { name: 'Move Billing up' }));
    await waitFor(() =>
      expect(api.mutations()).toEqual([
        expect.objectContaining({
          method: 'PUT',
          path: '/api/queues/order',
          body: { queueIds: ['q-billing', 'q-general'] },
        }),
      ]),
    );
    await waitFor(() => {
      const names = within(screen.getByRole('list', { name: 'Queues' }))
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label'));
      expect(names).toEqual(['Billing', 'General']);
    });
  });
});

describe('queue order by dragging', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  const sidebarQueues = () =>
    within(screen.getByRole('navigation', { name: 'Ticket views' }))
      .getAllByRole('link')
      .map((link) => link.textContent)
      .filter((text) => text.startsWith('General') || text.startsWith('Billing'));

  it('moves a queue with the drag handle and the keyboard; the sidebar follows the saved order', async () => {
    restore = layOutSortableRows();
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/queues');
    const billing = await screen.findByRole('listitem', { name: 'Billing' });
    await waitFor(() =>
      expect(sidebarQueues()).toEqual([expect.stringMatching(/^General/), expect.stringMatching(/^Billing/)]),
    );

    within(billing).getByRole('button', { name: 'Reorder Billing' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByText('Picked up Billing, position 2 of 2.')).toBeInTheDocument());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByText('Billing moved to position 1 of 2.')).toBeInTheDocument());
    await user.keyboard(' ');

    await waitFor(() =>
      expect(api.mutations()).toEqual([
        expect.objectContaining({
          method: 'PUT',
          path: '/api/queues/order',
          body: { queueIds: ['q-billing', 'q-general'] },
        }),
      ]),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Queues' }))
          .getAllByRole('listitem')
          .map((item) => item.getAttribute('aria-label')),
      ).toEqual(['Billing', 'General']),
    );
    await waitFor(() =>
      expect(sidebarQueues()).toEqual([expect.stringMatching(/^Billing/), expect.stringMatching(/^General/)]),
    );
  });
});

describe('profile and password', () => {
  it('shows a refused name next to the field and keeps the saved one', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(api.me().user.name).toBe(ALICE.name);
    // the address changes only through a link to the new address (its own form), never with the profile
    expect(
      within(screen.getByRole('form', { name: 'Change e-mail address' })).getByText(ALICE.email),
    ).toBeInTheDocument();
  });

  it('saves the time zone and colour', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    await user.click(await screen.findByRole('radio', { name: 'Teal' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(api.mutations()[0]?.body).toEqual({ colour: '#12b886' });
    expect(api.me().colour).toBe('#12b886');
    expect(screen.getByRole('radio', { name: 'Teal' })).toHaveAttribute('aria-checked', 'true');
  });

  it('checks the repeated password, then changes it and says the other sessions ended', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    await user.type(await screen.findByLabelText(/Current password/), 'correct horse');
    await user.type(screen.getByLabelText(/^New password/), 'battery staple');
    await user.type(screen.getByLabelText(/Repeat the new password/), 'battery stapler');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The two new passwords differ.')).toBeInTheDocument();
    expect(api.mutations()).toHaveLength(0);

    await user.clear(screen.getByLabelText(/Repeat the new password/));
    await user.type(screen.getByLabelText(/Repeat the new password/), 'battery staple');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other sessions were signed out.')).toBeInTheDocument();
    expect(api.mutations()[0]).toMatchObject({
      method: 'PUT',
      path: '/api/me/password',
      body: { currentPassword: 'correct horse', newPassword: 'battery staple' },
    });
  });

  it('changes the e-mail address only through the link: asks for the password, then says to check the new inbox', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    const form = await screen.findByRole('form', { name: 'Change e-mail address' });
    expect(within(form).getByText('Confirmed')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/New e-mail address/), 'new@example.test');
    await user.type(within(form).getByLabelText(/Your password/), 'wrong one');
    await user.click(within(form).getByRole('button', { name: 'Send confirmation link' }));
    expect(await within(form).findByText('is not your current password')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/Your password/));
    await user.type(within(form).getByLabelText(/Your password/), 'correct horse');
    await user.click(within(form).getByRole('button', { name: 'Send confirmation link' }));
    const status = await within(form).findByRole('status');
    expect(status).toHaveTextContent('Check your inbox');
    expect(status).toHaveTextContent('new@example.test');
    // the address shown is still the old one: nothing changes before the link is used
    expect(within(form).getByText(ME.user.email)).toBeInTheDocument();
    expect(api.mutations().at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/me/email',
      body: { email: 'new@example.test', currentPassword: 'correct horse' },
    });
  });

  it('shows a wrong current password next to that field', async () => {
    installFakeAdminApi();
    const { user } = renderApp('/settings/profile');
    await user.type(await screen.findByLabelText(/Current password/), 'wrong one');
    await user.type(screen.getByLabelText(/^New password/), 'battery staple');
    await user.type(screen.getByLabelText(/Repeat the new password/), 'battery staple');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('is not your current password')).toBeInTheDocument();
  });
});

describe('sessions and tokens', () => {
  it('signs out all other sessions after confirming', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/sessions');
    expect(await screen.findByRole('listitem', { name: 'Firefox on Windows' })).toBeInTheDocument();
    expect(screen.getByText('This browser')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out others' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Firefox on Windows' })).not.toBeInTheDocument());
    expect(api.mutations()[0]).toMatchObject({ method: 'DELETE', path: '/api/me/sessions' });
  });

  it('creates a token shown once, and revokes it after confirming', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/tokens');
    await user.type(await screen.findByRole('textbox', { name: 'Token name' }), 'Nightly export');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByRole('textbox', { name: 'Token “Nightly export”' })).toHaveValue('wt_secret_once');
    expect(await screen.findByRole('listitem', { name: 'Nightly export' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByDisplayValue('wt_secret_once')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revoke Nightly export' }));
    await user.click(await screen.findByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Nightly export' })).not.toBeInTheDocument());
    expect(api.mutations().map((r) => r.method)).toEqual(['POST', 'DELETE']);
  });
});

describe('organisation and audit', () => {
  it('saves the organisation name and shows a refused one next to the field', async () => {
    const api = installFakeAdminApi();
    const { user } = renderApp('/settings/organisation');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    await user.type(name, 'Acme Support');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Organisation saved')).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toEqual({ name: 'Acme Support' });
  });

  it('links, in one place, to the SLA, automation and notification settings', async () => {
    installFakeAdminApi();
    renderApp('/settings/organisation');
    const more = await screen.findByRole('region', { name: 'More settings for this organisation' });
    expect(
      within(more)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['SLA policies and business calendars', '/settings/sla'],
      ['Automation rules', '/settings/automation'],
      ['Notifications', '/settings/notifications'],
      ['E-mail outbox', '/settings/email-outbox'],
    ]);
  });

  it('lists the audit trail and loads older entries', async () => {
    installFakeAdminApi();
    const { user } = renderApp('/settings/audit');
    expect(await screen.findByText('changed entry 1')).toBeInTheDocument();
    // an outbox retry, in words: who, what, for whom
    const trail = screen.getByRole('list', { name: 'Audit trail' });
    const retried = within(trail).getAllByRole('listitem')[0]!;
    expect(retried).toHaveTextContent(
      `${ALICE.name} Retried the notification e-mail to ${BOB.name} <${BOB.email}>: [#1] VPN drops every hour`,
    );
    expect(within(retried).getByTestId('audit-action')).toHaveTextContent('E-mail retried');
    expect(within(trail).getAllByTestId('audit-action')[1]).toHaveTextContent('Role changed');
    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await screen.findByText('changed entry 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument();
  });
});

describe('a session ended elsewhere', () => {
  it('lands on the sign-in page saying so', async () => {
    const api = installFakeAdminApi();
    const { user, router } = renderApp('/settings/sessions');
    await screen.findByRole('listitem', { name: 'Firefox on Windows' });
    api.endSession();
    await user.click(screen.getByRole('link', { name: 'API tokens' }));
    expect(await screen.findByText('You were signed out elsewhere. Please sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('accepting an invitation link', () => {
  it('creates the account from the link and lands in the new organisation', async () => {
    const api = installFakeAdminApi({
      signedOut: true,
      invitationTokens: {
        abc: {
          organisationName: 'Acme',
          email: 'sam@example.com',
          accountExists: false,
          unconfirmedAccount: false,
          accountMadeByInvitation: false,
        },
      },
    });
    const { user, router } = renderApp('/invitations/accept#token=abc');
    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam');
    await user.type(screen.getByLabelText(/Choose a password/), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Join Acme' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.mutations().find((r) => r.path === '/api/invitations/accept')?.body).toEqual({
      token: 'abc',
      name: 'Sam',
      password: 'long enough',
    });
  });

  it('asks an existing account to sign in as the invited address first', async () => {
    installFakeAdminApi({
      me: undefined,
      invitationTokens: {
        xyz: {
          organisationName: 'Acme',
          email: 'bob@demo.test',
          accountExists: true,
          unconfirmedAccount: false,
          accountMadeByInvitation: false,
        },
      },
    });
    renderApp('/invitations/accept#token=xyz');
    expect(
      await screen.findByText(/This invitation is for bob@demo.test, but you are signed in as alice@demo.test/),
    ).toBeInTheDocument();
  });

  it('warns that an unconfirmed account with the address is taken over, and offers signing in instead', async () => {
    const api = installFakeAdminApi({
      signedOut: true,
      invitationTokens: {
        carol: {
          organisationName: 'Victimcorp',
          email: 'carol@victimcorp.test',
          accountExists: false,
          unconfirmedAccount: true,
          accountMadeByInvitation: false,
        },
      },
    });
    const { user, router } = renderApp('/invitations/accept#token=carol');
    expect(await screen.findByText('This address already has an unconfirmed account')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in as carol@victimcorp.test' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent('/invitations/accept#token=carol')}`,
    );
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Carol');
    await user.type(screen.getByLabelText(/Choose a password/), 'carols-own-secret');
    await user.click(screen.getByRole('button', { name: 'Join Victimcorp' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.mutations().find((r) => r.path === '/api/invitations/accept')?.body).toEqual({
      token: 'carol',
      name: 'Carol',
      password: 'carols-own-secret',
    });
  });

  it('asks the person whose account the invitation made just for a password, with no warning about a take-over', async () => {
    const api = installFakeAdminApi({
      signedOut: true,
      invitationTokens: {
        fresh: {
          organisationName: 'Acme',
          email: 'fay@example.com',
          accountExists: false,
          unconfirmedAccount: true,
          accountMadeByInvitation: true,
        },
      },
    });
    const { user, router } = renderApp('/invitations/accept#token=fresh');
    expect(await screen.findByText('Acme invited you to WorkTrackr. Choose a password to join.')).toBeInTheDocument();
    expect(screen.queryByText('This address already has an unconfirmed account')).not.toBeInTheDocument();
    expect(screen.queryByText(/Someone made a WorkTrackr account/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in with it' })).toHaveAttribute('href', '/login');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Fay');
    await user.type(screen.getByLabelText(/Choose a password/), 'fays-own-secret');
    await user.click(screen.getByRole('button', { name: 'Join Acme' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.mutations().find((r) => r.path === '/api/invitations/accept')?.body).toEqual({
      token: 'fresh',
      name: 'Fay',
      password: 'fays-own-secret',
    });
  });

  it('keeps the unconfirmed-account wording for an account the invitation did not make', async () => {
    installFakeAdminApi({
      signedOut: true,
      invitationTokens: {
        other: {
          organisationName: 'Acme',
          email: 'carol@victimcorp.test',
          accountExists: false,
          unconfirmedAccount: true,
          accountMadeByInvitation: false,
        },
      },
    });
    renderApp('/invitations/accept#token=other');
    expect(await screen.findByText('This address already has an unconfirmed account')).toBeInTheDocument();
    expect(
      screen.getByText(/Someone made a WorkTrackr account with this address but never confirmed it/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/invited you to WorkTrackr/)).not.toBeInTheDocument();
  });

  it('lets the signed-in owner of the unconfirmed account join without a new password', async () => {
    const api = installFakeAdminApi({
      invitationTokens: {
        own: {
          organisationName: 'Acme',
          email: 'alice@demo.test',
          accountExists: false,
          unconfirmedAccount: true,
          accountMadeByInvitation: false,
        },
      },
    });
    const { user, router } = renderApp('/invitations/accept#token=own');
    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Choose a password/)).not.toBeInTheDocument();
    expect(screen.queryByText('This address already has an unconfirmed account')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Join Acme' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.mutations().find((r) => r.path === '/api/invitations/accept')?.body).toEqual({ token: 'own' });
  });

  it('says when a link cannot be used', async () => {
    installFakeAdminApi();
    renderApp('/invitations/accept#token=gone');
    expect(await screen.findByText('This invitation cannot be used')).toBeInTheDocument();
  });
});
