import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { installFakeEventSource } from '@/testing/fake-event-source';
import { ALICE, BOB, aComment } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { count, renderApp, someTickets } from './app-test-utils';

/** The fake server plus a live stream the test drives, and a presence endpoint that records reports. */
function liveApp() {
  const api = installFakeApi(someTickets());
  const live = installFakeEventSource();
  const presence: unknown[] = [];
  server.use(
    http.post('/api/live/presence', async ({ request }) => {
      const report = (await request.json()) as { ticketId: string };
      presence.push(report);
      return HttpResponse.json({ ticketId: report.ticketId, viewers: [{ ...ALICE, composing: false }] });
    }),
  );
  return { api, live, presence };
}

describe('live updates', () => {
  it('drops a ticket another agent moved out of the view and updates the counts, without a reload', async () => {
    const { api, live } = liveApp();
    renderApp('/?view=open');
    expect(await screen.findByTestId('ticket-row-1')).toBeInTheDocument();
    await waitFor(() => expect(count('open')).toHaveTextContent('3'));
    await live.open();

    const version = api.changeAs(BOB, 't-1', { status: 'pending' });
    await live.emit('ticket.changed', { id: 't-1', number: 1, version, changedFields: ['status'] });

    await waitFor(() => expect(screen.queryByTestId('ticket-row-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('ticket-row-2')).toBeInTheDocument();
    await waitFor(() => expect(count('open')).toHaveTextContent('2'));
    expect(count('pending')).toHaveTextContent('1');
  });

  it('updates the open ticket in place and says who changed what', async () => {
    const { api, live } = liveApp();
    renderApp('/t/1');
    expect(await screen.findByRole('heading', { name: 'VPN drops every hour' })).toBeInTheDocument();
    await live.open();

    const version = api.changeAs(BOB, 't-1', { status: 'pending' });
    await live.emit('ticket.changed', { id: 't-1', number: 1, version, changedFields: ['status'] });

    expect(await screen.findByText('Bob Builder changed status to Pending')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status of #1' })).toHaveValue('Pending');
  });

  it('shows a sign while live updates reconnect, and updates the bell from the stream', async () => {
    const { live } = liveApp();
    renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await live.open();
    expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument();

    await live.emit('notification.created', { unreadCount: 2 });
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();

    await live.fail(false);
    expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
    await live.open();
    await waitFor(() => expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument());
  });
});

describe('presence', () => {
  it('reports viewing and replying, shows who else is here and who is replying', async () => {
    const { live, presence, api } = liveApp();
    const { user } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await live.open();
    await waitFor(() => expect(presence).toEqual([{ ticketId: 't-1', composing: false }]));

    await live.emit('presence', {
      ticketId: 't-1',
      viewers: [
        { id: ALICE.id, name: ALICE.name, composing: false },
        { id: BOB.id, name: BOB.name, composing: false },
      ],
    });
    expect(await screen.findByRole('group', { name: 'Also viewing: Bob Builder' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'On it');
    await waitFor(() => expect(presence.at(-1)).toEqual({ ticketId: 't-1', composing: true }));

    await live.emit('presence', { ticketId: 't-1', viewers: [{ id: BOB.id, name: BOB.name, composing: true }] });
    expect(await screen.findByText('Bob Builder is replying…')).toBeInTheDocument();
    expect(api.mutations().filter((r) => r.path.endsWith('/comments'))).toEqual([]);
  });
});

describe('drafts', () => {
  it('keeps a draft reply through a remote change, marks the ticket, and brings it back on return', async () => {
    const { api, live } = liveApp();
    const first = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await live.open();
    await first.user.click(screen.getByRole('radio', { name: 'Internal note' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Message' }), 'Checked the router logs');

    const version = api.changeAs(BOB, 't-1', { priority: 'urgent' });
    await live.emit('ticket.changed', { id: 't-1', number: 1, version, changedFields: ['priority'] });
    expect(await screen.findByText('Bob Builder changed priority to urgent')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Checked the router logs');
    first.unmount();

    const list = renderApp('/?view=open');
    const row = await screen.findByTestId('ticket-row-1');
    expect(within(row).getByTestId('draft-marker')).toHaveTextContent('Draft');
    expect(within(await screen.findByTestId('ticket-row-2')).queryByTestId('draft-marker')).not.toBeInTheDocument();
    list.unmount();

    const back = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Checked the router logs');
    expect(screen.getByRole('radio', { name: 'Internal note' })).toBeChecked();
    expect(screen.getByTestId('draft-restored')).toBeInTheDocument();

    await back.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    expect(screen.queryByTestId('draft-marker')).not.toBeInTheDocument();
  });

  it('asks before sending when someone else replied meanwhile, and shows what they wrote', async () => {
    const { api, live } = liveApp();
    const { user } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await live.open();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Please restart the router');

    api.comments().push(
      aComment({
        id: 'c-bob',
        ticketId: 't-1',
        body: 'I already restarted it',
        html: '<p>I already restarted it</p>',
        createdAt: '2026-11-30T10:00:00Z',
      }),
    );
    await live.emit('comment.added', { ticketId: 't-1' });
    await screen.findByText('I already restarted it');

    await user.click(screen.getByRole('button', { name: 'Send' }));
    const warning = await screen.findByRole('alert', { name: /Bob Builder replied while you were writing/ });
    expect(within(warning).getByText(/I already restarted it/)).toBeInTheDocument();
    expect(api.mutations().filter((r) => r.path.endsWith('/comments'))).toEqual([]);

    await user.click(within(warning).getByRole('button', { name: 'Send anyway' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue(''));
    expect(api.mutations().filter((r) => r.path.endsWith('/comments'))).toHaveLength(1);
  });

  it('keeps a title edit when someone else changes the title, and lets the person choose', async () => {
    const { api, live } = liveApp();
    const { user } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await live.open();
    await user.click(screen.getByRole('button', { name: 'Edit title' }));
    const input = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(input);
    await user.type(input, 'VPN drops hourly');

    const version = api.changeAs(BOB, 't-1', { title: 'VPN unstable' });
    await live.emit('ticket.changed', { id: 't-1', number: 1, version, changedFields: ['title'] });

    const conflict = await screen.findByRole('alert', { name: 'Bob Builder changed the title meanwhile' });
    expect(within(conflict).getByText('VPN unstable')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('VPN drops hourly');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    // keeping mine saves it at once, over theirs (expecting theirs: a third change would stop it again)
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByRole('heading', { name: 'VPN drops hourly' })).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toEqual({ title: 'VPN drops hourly', expected: { title: 'VPN unstable' } });
  });

  it('brings back a title edit after leaving the page', async () => {
    installFakeApi(someTickets());
    const first = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await first.user.click(screen.getByRole('button', { name: 'Edit title' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Title' }), ' (office)');
    first.unmount();

    renderApp('/t/1');
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('VPN drops every hour (office)');
  });
});
