import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { DEFAULT_SORT_BY_VIEW } from '@/lib/api-schema';
import { SLA, SLA_NOW, aTicket } from '@/testing/fixtures';
import { count, renderApp, where } from './app-test-utils';

/** One ticket per SLA state (and one without a policy), numbered so the number order is not the due order. */
function slaTickets() {
  return [
    aTicket({ number: 1, title: 'On track', sla: SLA.onTrack() }),
    aTicket({ number: 2, title: 'Paused', status: 'pending', sla: SLA.paused() }),
    aTicket({ number: 3, title: 'At risk', sla: SLA.atRisk() }),
    aTicket({ number: 4, title: 'Met', status: 'resolved', sla: SLA.met() }),
    aTicket({ number: 5, title: 'Breached', sla: SLA.breached() }),
    aTicket({ number: 6, title: 'No policy', sla: null }),
  ];
}

const rowNumbers = () =>
  screen.getAllByTestId(/^ticket-row-/).map((row) => row.dataset.testid?.replace('ticket-row-', ''));

describe('SLA in the web app', () => {
  beforeEach(() => {
    // Only Date is fake: "now" stands still at the fixtures' instant; timers (user events, queries) run.
    vi.useFakeTimers({ now: SLA_NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows each row's SLA badge in the list", async () => {
    installFakeApi(slaTickets());
    renderApp('/?view=all');

    // the Due column's badge
    const badge = (row: number) => within(screen.getByTestId(`ticket-row-${row}`)).getByTestId('sla-badge');
    expect(within(await screen.findByTestId('ticket-row-1')).getByTestId('sla-badge')).toHaveTextContent(
      '2 h 10 m left',
    );
    expect(badge(2)).toHaveTextContent('paused');
    expect(badge(3)).toHaveTextContent('10 m left');
    expect(badge(4)).toHaveTextContent('met');
    expect(badge(5)).toHaveTextContent('breached 35 m ago');
    expect(badge(6)).toHaveTextContent('No SLA');
    // a desktop row carries the Due column's badge only; phones get cards with their own (SlaBrowserTests)
    expect(within(screen.getByTestId('ticket-row-5')).queryByTestId('sla-badge-narrow')).not.toBeInTheDocument();
  });

  it('lists "At risk" and "Breached" in the sidebar with their counts, and opens each view', async () => {
    const api = installFakeApi(slaTickets());
    const { user, router } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-1');
    const nav = screen.getByRole('navigation', { name: 'Ticket views' });

    await waitFor(() => expect(count('at_risk')).toHaveTextContent(/^1$/));
    expect(count('breached')).toHaveTextContent(/^1$/);
    expect(api.requests.filter((r) => r.path === '/api/tickets/counts')).toHaveLength(1); // the same counts query

    await user.click(within(nav).getByRole('link', { name: /At risk/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=at_risk'));
    await waitFor(() => expect(rowNumbers()).toEqual(['3']));
    expect(screen.getByRole('heading', { name: 'At risk' })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: /Breached/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=breached'));
    await waitFor(() => expect(rowNumbers()).toEqual(['5']));
    expect(api.requests.some((r) => r.path === '/api/tickets' && r.search.includes('view=breached'))).toBe(true);
  });

  it("sorts by due, nearest first, from the list's sort control", async () => {
    const api = installFakeApi(slaTickets());
    const { user, router } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-1');
    expect(rowNumbers()).toEqual(['1', '2', '3', '4', '5', '6']);

    await user.click(screen.getByRole('button', { name: /^Due/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=all&sort=due'));
    await waitFor(() => expect(rowNumbers()).toEqual(['5', '3', '1', '2', '4', '6']));
    expect(api.requests.some((r) => r.path === '/api/tickets' && r.search.includes('sort=due'))).toBe(true);
    expect(screen.getByRole('columnheader', { name: /Due/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /^Due/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=all&sort=-due'));
  });

  it('opens "At risk" and "Breached" nearest due first, the order the server gives them without a sort', async () => {
    // the views' default is the server's (GET /api/tickets' x-default-by-view), generated into the web app
    expect(DEFAULT_SORT_BY_VIEW).toMatchObject({ at_risk: 'due', breached: 'due', my: '-updated', all: '-updated' });
    const dueSooner = SLA.atRisk();
    dueSooner.firstResponse = { ...dueSooner.firstResponse, dueAt: new Date(SLA_NOW + 3 * 60_000).toISOString() };
    const api = installFakeApi([...slaTickets(), aTicket({ number: 7, title: 'At risk, due sooner', sla: dueSooner })]);
    const { user, router } = renderApp('/?view=at_risk');

    await waitFor(() => expect(rowNumbers()).toEqual(['7', '3']));
    expect(where(router)).toBe('/?view=at_risk');
    expect(screen.getByRole('columnheader', { name: /Due/ })).toHaveAttribute('aria-sort', 'ascending');
    const lists = () => api.requests.filter((r) => r.path === '/api/tickets');
    expect(lists().length).toBeGreaterThan(0);
    expect(lists().every((r) => !r.search.includes('sort='))).toBe(true);

    // clicking Due turns it around: descending is no longer the default, so the URL says so
    await user.click(screen.getByRole('button', { name: /^Due/ }));
    await waitFor(() => expect(where(router)).toBe('/?view=at_risk&sort=-due'));
    await waitFor(() => expect(rowNumbers()).toEqual(['3', '7']));
  });

  it('explains the SLA on the ticket page: policy, targets, each clock and its timeline', async () => {
    const api = installFakeApi(slaTickets());
    const { user } = renderApp('/t/1');
    const properties = await screen.findByRole('complementary', { name: 'Ticket properties' });
    const trigger = await within(properties).findByRole('button', {
      name: /SLA on track: first response due in 2 h 10 m/,
    });

    await user.click(trigger);
    const details = await screen.findByRole('dialog', { name: 'SLA details' });
    expect(await within(details).findByText('Default')).toBeInTheDocument();
    expect(within(details).getByText(/Business hours: Business hours \(UTC\)/)).toBeInTheDocument();
    const first = within(details).getByTestId('sla-clock-first_response');
    expect(within(first).getByText('First response')).toBeInTheDocument();
    expect(within(first).getByText('8 h business time')).toBeInTheDocument(); // target
    expect(within(first).getByText('Running')).toBeInTheDocument();
    expect(within(first).getByText(/^2 h 10 m business time/)).toBeInTheDocument(); // left
    const timeline = within(first).getByRole('list', { name: 'First response timeline' });
    expect(within(timeline).getAllByText('Running (business hours)')).toHaveLength(2);
    expect(within(timeline).getByText('Outside business hours')).toBeInTheDocument();
    expect(within(timeline).getByText('Holiday')).toBeInTheDocument();
    expect(within(timeline).getByText('Paused while pending')).toBeInTheDocument();
    expect(within(details).getByTestId('sla-clock-resolution')).toHaveTextContent('1 d business time');
    expect(api.requests.some((r) => r.path === '/api/tickets/t-1/sla')).toBe(true);
  });
});
