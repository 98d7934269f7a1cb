import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeAdminApi } from '@/testing/fake-admin-api';
import { installFakeApi } from '@/testing/fake-api';
import { aNotification, installFakeInbox } from '@/testing/fake-notifications';
import { invalidInput } from '@/testing/problems';
import { server } from '@/testing/server';
import { http } from 'msw';
import { renderApp, someTickets, where } from './app-test-utils';

const VPN = { id: 't-1', number: 1, title: 'VPN drops every hour' };
const PRINTER = { id: 't-2', number: 2, title: 'Printer jammed' };

/** Newest first: two entries about the VPN ticket around one about the printer. */
function anInbox() {
  return [
    aNotification({ id: 'n-3', kind: 'mentioned', ticket: VPN, summary: 'Bob Builder mentioned you' }),
    aNotification({ id: 'n-2', kind: 'replied', ticket: PRINTER, summary: 'Bob Builder replied' }),
    aNotification({ id: 'n-1', kind: 'assigned', ticket: VPN, summary: 'Bob Builder assigned it to you' }),
    aNotification({ id: 'n-0', ticket: PRINTER, summary: 'Bob Builder reopened it', read: true }),
  ];
}

const bell = (name: string | RegExp) => screen.findByRole('button', { name });

describe('the notification bell', () => {
  it('says how many are unread, and asks again on the next navigation', async () => {
    const api = installFakeApi(someTickets(), { inbox: { items: anInbox() } });
    const { user } = renderApp('/');
    expect(await bell('Notifications, 3 unread')).toBeInTheDocument();

    api.inbox.arrive(aNotification({ id: 'n-4', ticket: PRINTER, summary: 'Bob Builder noted' }));
    await user.click(screen.getAllByRole('link', { name: /Unassigned/ })[0]!);
    expect(await bell('Notifications, 4 unread')).toBeInTheDocument();
  });

  it('lists them grouped by ticket; a click opens the ticket, marks it read and the count drops', async () => {
    const api = installFakeApi(someTickets(), { inbox: { items: anInbox() } });
    const { user, router } = renderApp('/');
    await user.click(await bell('Notifications, 3 unread'));

    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const vpn = await within(panel).findByRole('group', { name: 'Ticket #1' });
    const printer = within(panel).getByRole('group', { name: 'Ticket #2' });
    expect(
      within(vpn)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining('Bob Builder mentioned you'),
      expect.stringContaining('Bob Builder assigned it to you'),
    ]);
    expect(within(printer).getAllByRole('button')).toHaveLength(2);
    expect(within(printer).getByRole('button', { name: 'Unread: Bob Builder replied' })).toBeInTheDocument();
    expect(within(printer).getByRole('button', { name: 'Bob Builder reopened it' })).toBeInTheDocument();

    await user.click(within(vpn).getByRole('button', { name: 'Unread: Bob Builder mentioned you' }));
    await waitFor(() => expect(where(router)).toBe('/t/1'));
    expect(await screen.findByRole('heading', { name: /VPN drops every hour/ })).toBeInTheDocument();
    // The entry clicked, then the ticket page reads the rest of that ticket's entries.
    await waitFor(() =>
      expect(api.mutations().map((r) => [r.method, r.path, r.body])).toEqual([
        ['POST', '/api/notifications/n-3/read', undefined],
        ['POST', '/api/notifications/read-all', { ticketId: 't-1' }],
      ]),
    );
    expect(await bell('Notifications, 1 unread')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument();
  });

  it('marks all read up to the newest shown, so one that arrived meanwhile stays unread', async () => {
    const api = installFakeApi(someTickets(), { inbox: { items: anInbox() } });
    const { user } = renderApp('/');
    await user.click(await bell('Notifications, 3 unread'));
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    await within(panel).findByRole('group', { name: 'Ticket #1' });

    api.inbox.arrive(aNotification({ id: 'n-9', ticket: PRINTER, summary: 'Bob Builder noted' }));
    await user.click(within(panel).getByRole('button', { name: 'Mark all read' }));

    expect(await bell('Notifications, 1 unread')).toBeInTheDocument();
    expect(api.mutations().map((r) => [r.path, r.body])).toEqual([['/api/notifications/read-all', { upToId: 'n-3' }]]);
    expect(
      api.inbox
        .items()
        .filter((n) => !n.read)
        .map((n) => n.id),
    ).toEqual(['n-9']);
  });

  it('shows an empty inbox as such, with nothing to mark', async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/');
    await user.click(await bell('Notifications'));
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(await within(panel).findByText('No notifications')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('reads a ticket’s notifications when its page opens', async () => {
    const api = installFakeApi(someTickets(), { inbox: { items: anInbox() } });
    renderApp('/t/2');
    expect(await screen.findByRole('heading', { name: /Printer jammed/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(api.mutations().map((r) => [r.path, r.body])).toEqual([
        ['/api/notifications/read-all', { ticketId: 't-2' }],
      ]),
    );
    expect(await bell('Notifications, 2 unread')).toBeInTheDocument();
  });
});

describe('notification settings', () => {
  it('is in the Settings navigation, and linked from the organisation page', async () => {
    installFakeAdminApi();
    const { user, router } = renderApp('/settings/organisation');
    const more = await screen.findByRole('region', { name: 'More settings for this organisation' });
    await user.click(within(more).getByRole('link', { name: 'Notifications' }));
    expect(await screen.findByRole('heading', { name: 'Notifications' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/notifications');
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers the server’s choices and sends only what changed', async () => {
    installFakeAdminApi();
    const inbox = installFakeInbox();
    const { user } = renderApp('/settings/notifications');

    const replies = await screen.findByRole('combobox', { name: 'Replies: e-mail' });
    expect(replies).toHaveValue('Off');
    expect(screen.getByRole('combobox', { name: 'Assigned to you: e-mail' })).toHaveValue('Immediately');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(replies);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Off', 'Immediately', 'Daily digest']);
    await user.click(screen.getByRole('option', { name: 'Daily digest' }));
    await user.click(screen.getByRole('switch', { name: 'Internal notes: in the app' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Notification settings saved')).toBeInTheDocument();
    expect(inbox.preferences().kinds.filter((k) => k.kind === 'replied' || k.kind === 'noted')).toEqual([
      { kind: 'replied', inApp: true, email: 'daily' },
      { kind: 'noted', inApp: false, email: 'off' },
    ]);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows the server’s refusal next to the field it names, and changes nothing', async () => {
    installFakeAdminApi();
    const inbox = installFakeInbox();
    server.use(
      http.put('/api/me/notification-preferences', () =>
        invalidInput([
          { field: 'kinds[0].email', message: 'daily needs a digest hour' },
          { field: 'digestHour', message: 'must be between 0 and 23' },
        ]),
      ),
    );
    const { user } = renderApp('/settings/notifications');
    await user.click(await screen.findByRole('combobox', { name: 'Mentioned: e-mail' }));
    await user.click(await screen.findByRole('option', { name: 'Daily digest' }));
    await user.click(screen.getByRole('combobox', { name: 'Sent at' }));
    await user.click(await screen.findByRole('option', { name: '18:00' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('daily needs a digest hour')).toBeInTheDocument();
    expect(screen.getByText('must be between 0 and 23')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('nothing was changed');
    expect(inbox.preferences().digestHour).toBe(8);
  });
});
