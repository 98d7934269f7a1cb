import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { aTicket } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { count, renderApp, someTickets, where } from './app-test-utils';

describe('dashboard', () => {
  it('shows each view and queue with its count, and the selected view as a table', async () => {
    installFakeApi(someTickets());
    renderApp('/?view=open');

    expect(await screen.findByTestId('ticket-row-1')).toBeInTheDocument();
    expect(screen.getByTestId('ticket-row-3')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-row-4')).not.toBeInTheDocument();
    await waitFor(() => expect(count('open')).toHaveTextContent(/^3$/));
    expect(count('my')).toHaveTextContent(/^1$/);
    expect(count('unassigned')).toHaveTextContent(/^2$/);
    expect(count('closed')).toHaveTextContent(/^1$/);
    expect(count('all')).toHaveTextContent(/^4$/);
    expect(count('in_progress')).toHaveTextContent(/^0$/);
    expect(screen.getByTestId('count-queue-q-billing')).toHaveTextContent(/^1$/);
    expect(screen.queryByTestId('count-queue-q-old')).not.toBeInTheDocument(); // archived

    const row = screen.getByTestId('ticket-row-1');
    expect(within(row).getByRole('link', { name: 'VPN drops every hour' })).toHaveAttribute('href', '/t/1');
    expect(within(row).getByText('#1')).toBeInTheDocument();
  });

  it('moves a ticket out of a view and updates counts as soon as the server accepts the change', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await waitFor(() => expect(count('open')).toHaveTextContent(/^3$/));

    await user.click(screen.getByRole('combobox', { name: 'Status of #1' }));
    await user.click(await screen.findByRole('option', { name: 'Closed' }));

    expect(await screen.findByText('#1 moved to Closed')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('ticket-row-1')).not.toBeInTheDocument());
    await waitFor(() => expect(count('open')).toHaveTextContent(/^2$/));
    expect(count('closed')).toHaveTextContent(/^2$/);
    expect(api.ticket('t-1')?.status).toBe('closed');
  });

  it('keeps view, filters, sort and search in the URL, and the back button restores them', async () => {
    const api = installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open&priority=high');
    expect(await screen.findByTestId('ticket-row-1')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-row-2')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter by priority' })).toHaveValue('High');

    await user.click(screen.getByRole('button', { name: /^Title/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=open&priority=high&sort=title'));

    await user.type(screen.getByRole('textbox', { name: 'Search tickets' }), 'vpn');
    await waitFor(() => expect(where(router)).toBe('/?view=open&priority=high&sort=title&q=vpn'));
    await waitFor(() => expect(screen.queryByTestId('ticket-row-3')).not.toBeInTheDocument());
    expect(await screen.findByTestId('ticket-row-1')).toBeInTheDocument();
    expect(api.requests.some((r) => r.path === '/api/tickets' && r.search.includes('q=vpn'))).toBe(true);

    await act(() => router.navigate(-1)); // the search replaced the entry; back undoes the sort
    await waitFor(() => expect(where(router)).toBe('/?view=open&priority=high'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Search tickets' })).toHaveValue(''));
    expect(await screen.findByTestId('ticket-row-3')).toBeInTheDocument();
  });

  it('says what to do when My Tickets is empty', async () => {
    installFakeApi([aTicket({ number: 1 })]);
    renderApp('/?view=my');
    expect(await screen.findByText('No tickets assigned to you — pick one from Unassigned')).toBeInTheDocument();
  });

  it('pages with "Load more", passing nextCursor back as cursor', async () => {
    const [first, second, third] = someTickets();
    installFakeApi(someTickets());
    const cursors: (string | null)[] = [];
    server.use(
      http.get('/api/tickets', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        return HttpResponse.json(
          cursor === 'page-2' ? { items: [third], nextCursor: null } : { items: [first, second], nextCursor: 'page-2' },
        );
      }),
    );
    const { user } = renderApp('/?view=all');
    expect(await screen.findByTestId('ticket-row-2')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-row-3')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByTestId('ticket-row-3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(cursors).toEqual([null, 'page-2']);
  });
});

describe('bulk actions', () => {
  it('selects a range with shift-click and changes all of them with ONE request', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');

    await user.click(screen.getByRole('checkbox', { name: 'Select #1' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select #3' }));
    await user.keyboard('{/Shift}');
    // the bulk bar loads on the first selection
    expect(await screen.findByText('3 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select #2' })).toBeChecked();

    await user.click(screen.getByRole('combobox', { name: 'Set priority' }));
    await user.click(await screen.findByRole('option', { name: 'Urgent' }));

    expect(await screen.findByText('3 tickets updated')).toBeInTheDocument();
    const bulk = api.mutations();
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({
      method: 'PATCH',
      path: '/api/tickets/bulk',
      body: [
        { id: 't-1', version: 3, priority: 'urgent' },
        { id: 't-2', version: 3, priority: 'urgent' },
        { id: 't-3', version: 3, priority: 'urgent' },
      ],
    });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority of #2' })).toHaveValue('Urgent'));
    expect(screen.queryByText('3 selected')).not.toBeInTheDocument();
  });

  it('lists which tickets failed and why, and changes nothing', async () => {
    const api = installFakeApi([aTicket({ number: 1, status: 'open' }), aTicket({ number: 2, status: 'closed' })]);
    const { user } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-2');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on page' }));
    expect(await screen.findByText('2 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Set status' }));
    await user.click(await screen.findByRole('option', { name: 'Resolved' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/^#2: cannot move from Closed to Resolved; it can move to Open/),
    ).toBeInTheDocument();
    expect(within(alert).queryByText(/^#1:/)).not.toBeInTheDocument();
    expect(api.ticket('t-1')?.status).toBe('open');
    expect(screen.getByRole('combobox', { name: 'Status of #1' })).toHaveValue('Open');
    expect(screen.getByText('2 selected')).toBeInTheDocument();
  });
});
