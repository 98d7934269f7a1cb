import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '@/features/tickets/components/ticket-table';
import { mergeLeaving } from '@/features/tickets/components/use-leaving-rows';
import { http } from 'msw';
import { deferred, installFakeApi } from '@/testing/fake-api';
import { server } from '@/testing/server';
import { ALICE, BOB, aTicket } from '@/testing/fixtures';
import { renderApp, someTickets, where } from './app-test-utils';

const rowNumbers = () =>
  screen
    .getAllByTestId(/^ticket-row-\d+$/)
    .filter((row) => !row.hasAttribute('data-leaving'))
    .map((row) => Number(row.getAttribute('data-testid')?.replace('ticket-row-', '')));

/** The first render of the whole app, on a busy machine. */
const SLOW = { timeout: 40_000 };

/** The status filter's input (its listbox carries the same name). */
const statusFilter = () => {
  const input = document.querySelector<HTMLButtonElement>('button[data-filter="status"]');
  if (!input) throw new Error('no status filter');
  return input;
};

describe('list filters', () => {
  it('filters by several statuses, offering only the statuses inside the view', async () => {
    const api = installFakeApi([
      ...someTickets(),
      aTicket({ number: 5, status: 'pending', title: 'Waiting on vendor' }),
    ]);
    const { user, router } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-4', {}, SLOW);

    await user.click(await waitFor(statusFilter));
    await user.click(await screen.findByRole('option', { name: 'Pending' }));
    await user.click(await waitFor(statusFilter));
    await user.click(await screen.findByRole('option', { name: 'Closed' }));
    await waitFor(() => expect(where(router)).toBe('/?view=all&status=pending%2Cclosed'));
    await waitFor(() => expect(rowNumbers()).toEqual([4, 5]));
    expect(api.requests.some((r) => r.path === '/api/tickets' && r.search.includes('status=pending%2Cclosed'))).toBe(
      true,
    );

    // Active holds open, in progress and pending: closed is not offered there
    await act(() => router.navigate('/?view=active'));
    await user.click(await waitFor(statusFilter));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Open', 'In Progress', 'Pending']);

    // a one-status view has no status filter at all
    await act(() => router.navigate('/?view=open'));
    await screen.findByTestId('ticket-row-1', {}, SLOW);
    expect(document.querySelector('button[data-filter="status"]')).toBeNull();
  });

  it('offers "Unassigned" in the assignee filter, except where the view says whose tickets they are', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-2', {}, SLOW);

    await user.click(screen.getByRole('combobox', { name: 'Filter by assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Unassigned' }));
    await waitFor(() => expect(where(router)).toBe('/?view=all&assigneeId=none'));
    await waitFor(() => expect(rowNumbers()).toEqual([1, 3, 4]));

    await act(() => router.navigate('/?view=my'));
    await screen.findByTestId('ticket-row-2', {}, SLOW);
    expect(screen.queryByRole('combobox', { name: 'Filter by assignee' })).not.toBeInTheDocument();
  });

  it('sorts by assignee from the column header, unassigned first', async () => {
    installFakeApi([
      aTicket({ number: 1, assignee: BOB }),
      aTicket({ number: 2, assignee: null }),
      aTicket({ number: 3, assignee: ALICE }),
    ]);
    const { user, router } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-3', {}, SLOW);

    await user.click(screen.getByRole('button', { name: /^Assignee/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=all&sort=assignee'));
    await waitFor(() => expect(rowNumbers()).toEqual([2, 3, 1]));
    expect(screen.getByRole('columnheader', { name: /Assignee/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /^Assignee/ }));
    await waitFor(() => expect(rowNumbers()).toEqual([1, 3, 2]));
  });
});

describe('search everywhere', () => {
  it('offers to search every ticket when a view search finds nothing', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open&q=old');
    const everywhere = await screen.findByRole('button', { name: 'Search everywhere for “old”' });
    await user.click(everywhere);
    await waitFor(() => expect(where(router)).toBe('/?view=all&q=old'));
    expect(await screen.findByTestId('ticket-row-4')).toBeInTheDocument();
  });

  it('searches all tickets from the header, whatever view is open', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=my');
    await screen.findByTestId('ticket-row-2', {}, SLOW);
    await user.type(screen.getByRole('textbox', { name: 'Search all tickets' }), 'request{Enter}');
    await waitFor(() => expect(where(router)).toBe('/?view=all&q=request'));
    expect(await screen.findByTestId('ticket-row-4')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search tickets' })).toHaveValue('request');
  });
});

describe('inline changes in the list', () => {
  it("show progress on the control that changed; the row's other controls wait, other rows do not", async () => {
    installFakeApi(someTickets());
    const gate = deferred();
    server.use(
      http.patch('/api/tickets/:id', async () => {
        await gate.promise;
        return undefined; // then the fake server answers
      }),
    );
    const { user } = renderApp('/?view=all');
    const row = await screen.findByTestId('ticket-row-1', {}, SLOW);

    await user.click(within(row).getByRole('combobox', { name: 'Priority of #1' }));
    await user.click(await screen.findByRole('option', { name: 'Urgent' }));

    const priority = () => within(screen.getByTestId('ticket-row-1')).getByRole('combobox', { name: 'Priority of #1' });
    await waitFor(() => expect(priority()).toHaveAttribute('aria-busy', 'true'));
    expect(priority()).toHaveValue('High'); // the server's value until it accepts the change
    expect(screen.getAllByRole('status', { name: 'Saving' })).toHaveLength(1);
    expect(within(screen.getByTestId('ticket-row-1')).getByRole('combobox', { name: 'Status of #1' })).toBeDisabled();
    expect(within(screen.getByTestId('ticket-row-1')).getByRole('button', { name: 'Assign #1 to me' })).toBeDisabled();
    expect(within(screen.getByTestId('ticket-row-3')).getByRole('combobox', { name: 'Status of #3' })).toBeEnabled();
    expect(within(screen.getByTestId('ticket-row-3')).getByRole('button', { name: 'Assign #3 to me' })).toBeEnabled();

    gate.release();
    expect(await screen.findByText('#1 priority set to Urgent')).toBeInTheDocument();
    await waitFor(() => expect(priority()).toHaveValue('Urgent'));
    expect(within(screen.getByTestId('ticket-row-1')).getByRole('button', { name: 'Assign #1 to me' })).toBeEnabled();
    expect(screen.queryByRole('status', { name: 'Saving' })).not.toBeInTheDocument();
  });
});

describe('rows that leave the view', () => {
  it('fade out in place after an inline change, and the focus moves on to the next ticket', async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-3', {}, SLOW);

    await user.click(screen.getByRole('combobox', { name: 'Status of #1' }));
    await user.click(await screen.findByRole('option', { name: 'Closed' }));

    // still there, on its way out, and no longer usable
    await waitFor(() => expect(screen.getByTestId('ticket-row-1')).toHaveAttribute('data-leaving'));
    expect(screen.getByTestId('ticket-row-1')).toHaveAttribute('inert');
    // the highlight and the focus follow the list to the next ticket, not to whatever is now first
    await waitFor(() => expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active'));
    expect(screen.getByTestId('ticket-row-2')).toHaveFocus();
    // then it is gone
    await waitFor(() => expect(screen.queryByTestId('ticket-row-1')).not.toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active');
  });

  it('keep their place among the rows that stay', () => {
    const [a, b, c, d] = [
      aTicket({ number: 1 }),
      aTicket({ number: 2 }),
      aTicket({ number: 3 }),
      aTicket({ number: 4 }),
    ];
    const shown = mergeLeaving(
      [a, b, c, d].map((ticket) => ({ ticket })),
      [a, d],
      7,
    );
    expect(shown.map((row) => [row.ticket.number, row.leftIn])).toEqual([
      [1, undefined],
      [2, 7],
      [3, 7],
      [4, undefined],
    ]);
    // a ticket that comes back is an ordinary row again
    expect(mergeLeaving(shown, [a, c, d], 8).map((row) => [row.ticket.number, row.leftIn])).toEqual([
      [1, undefined],
      [2, 7],
      [3, undefined],
      [4, undefined],
    ]);
  });
});

describe('priority and status in the list', () => {
  it('makes urgent tickets stand out', async () => {
    installFakeApi([aTicket({ number: 1, priority: 'urgent' }), aTicket({ number: 2, priority: 'low' })]);
    renderApp('/?view=all');
    const urgent = await screen.findByTestId('ticket-row-1', {}, SLOW);
    expect(urgent).toHaveAttribute('data-priority', 'urgent');
    expect(within(urgent).getByRole('combobox', { name: 'Priority of #1' })).toHaveAttribute('data-strong');
    expect(
      within(screen.getByTestId('ticket-row-2')).getByRole('combobox', { name: 'Priority of #2' }),
    ).not.toHaveAttribute('data-strong');
  });
});

describe('long queue names', () => {
  const LONG = 'Level 2 Hardware Escalations EMEA';

  /** The element that shows the queue: its whole name as text (what screen readers read) and on hover. */
  const shownQueue = (row: HTMLElement, text: string) => {
    const element = within(row).getByText(text);
    expect(element).toHaveAttribute('title', LONG);
    // two lines at most, then "…" (the browser test measures it), instead of one line cut short
    expect(element.className).toMatch(/queue/);
    expect(element.className).not.toMatch(/truncate/);
    return element;
  };

  it('are whole in the desktop row: its cell is named by the whole name, which shows on hover', async () => {
    installFakeApi([aTicket({ number: 1, queue: { id: 'q-l2', name: LONG } })]);
    renderApp('/?view=all');
    const row = await screen.findByTestId('ticket-row-1', {}, SLOW);
    shownQueue(row, LONG);
    expect(within(row).getByRole('cell', { name: LONG })).toBeInTheDocument();
  });

  it('are whole on the phone card too, not "Queue: …"', async () => {
    // a phone's width: the list is cards (the stub goes after the test)
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === PHONE_QUERY,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }));
    installFakeApi([aTicket({ number: 1, queue: { id: 'q-l2', name: LONG } })]);
    renderApp('/?view=all');
    const card = await screen.findByTestId('ticket-row-1', {}, SLOW);
    expect(card.tagName).toBe('LI');
    shownQueue(card, `Queue: ${LONG}`);
  });
});

describe('select all in this view', () => {
  const openTickets = (total: number) =>
    Array.from({ length: total }, (_, i) => aTicket({ number: i + 1, status: 'open' }));

  it('offers "Select all N in this view" once the loaded page is selected, and selects every ticket of the view', async () => {
    installFakeApi(openTickets(60));
    const { user } = renderApp('/?view=all');
    const [first] = await screen.findAllByTestId(/^ticket-row-\d+$/, {}, SLOW);

    await user.click(within(first as HTMLElement).getByRole('checkbox'));
    // the bulk bar loads on the first selection; with part of the page selected it offers no "select all"
    expect(await screen.findByText('1 selected', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /in this view/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select all on page' }));
    expect(screen.getByText('50 selected')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Select all 60 in this view' }));

    expect(await screen.findByText('60 selected', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('All 60 tickets in this view are selected.')).toBeInTheDocument();
  }, 60_000);

  it('above the 500 a bulk change takes, selects the first 500 and says so', async () => {
    installFakeApi(openTickets(520));
    const { user } = renderApp('/?view=all');
    await screen.findAllByTestId(/^ticket-row-\d+$/, {}, SLOW);

    await user.click(screen.getByRole('checkbox', { name: 'Select all on page' }));
    await user.click(await screen.findByRole('button', { name: 'Select the first 500 of 520 in this view' }, SLOW));

    expect(await screen.findByText('500 selected', {}, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(
        'The first 500 tickets of this view are selected: a bulk change takes at most 500, all or nothing. Repeat for the rest.',
      ),
    ).toBeInTheDocument();
  }, 120_000);
});
