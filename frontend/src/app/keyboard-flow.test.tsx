import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { problem } from '@/testing/problems';
import { server } from '@/testing/server';
import { renderApp, someTickets, where } from './app-test-utils';

beforeEach(() => sessionStorage.clear());

describe('keyboard on the ticket page', () => {
  it('moves to the next and previous ticket of the list the agent came from, and back to it with u', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('j{Enter}');
    // the ticket page's chunk loads on first use (slow on a busy two-core machine)
    expect(
      await screen.findByRole('heading', { name: 'VPN drops every hour' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('#1 VPN drops every hour · WorkTrackr'));

    await user.keyboard('j');
    expect(await screen.findByRole('heading', { name: 'Printer jammed' })).toBeInTheDocument();
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { name: 'Cannot log in' })).toBeInTheDocument();
    expect(where(router)).toBe('/t/3');
    // #4 is closed: not in the Open view, so j at its end stays
    await user.keyboard('j');
    expect(where(router)).toBe('/t/3');
    await user.keyboard('k');
    await waitFor(() => expect(where(router)).toBe('/t/2'));

    await user.keyboard('u');
    await waitFor(() => expect(where(router)).toBe('/?view=open'));
    await waitFor(() => expect(document.title).toBe('Open · WorkTrackr'));
  }, 90_000);

  it('r writes a public reply, n an internal note, a assigns to me, c opens a new ticket', async () => {
    const api = installFakeApi(someTickets());
    const { user, router } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    const message = await screen.findByRole('textbox', { name: 'Message' });

    await user.keyboard('n');
    expect(message).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Internal note' })).toBeChecked();
    expect(message).toHaveValue('');
    message.blur();
    await user.keyboard('r');
    expect(message).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Public reply' })).toBeChecked();
    message.blur();

    await user.keyboard('a');
    await waitFor(() => expect(api.ticket('t-1')?.assignee?.name).toBe('Alice Agent'));

    await user.keyboard('c');
    await waitFor(() => expect(where(router)).toBe('/new'));
  });
});

describe('keyboard in the list', () => {
  it('a assigns the highlighted ticket to me, e opens its status choice', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('j');
    expect(screen.getByTestId('ticket-row-1')).toHaveAttribute('data-active');
    expect(api.ticket('t-1')?.assignee).toBeNull();

    await user.keyboard('a');
    await waitFor(() => expect(api.ticket('t-1')?.assignee?.name).toBe('Alice Agent'));
    expect(api.mutations()).toHaveLength(1);

    await user.keyboard('j');
    expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active');
    await user.keyboard('e');
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: 'Pending' }));
    await waitFor(() => expect(api.ticket('t-2')?.status).toBe('pending'));
    expect(api.ticket('t-1')?.status).toBe('open');
  });
  it('gives the keys back to the list after e and a choice: j moves on and a assigns, nothing is typed into the select', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/?view=all');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('j');
    expect(screen.getByTestId('ticket-row-1')).toHaveAttribute('data-active');

    await user.keyboard('e');
    const listbox = await screen.findByRole('listbox');
    const status = screen.getByRole('combobox', { name: 'Status of #1' });
    expect(status).toHaveFocus();
    await user.click(within(listbox).getByRole('option', { name: 'Pending' }));
    await waitFor(() => expect(api.ticket('t-1')?.status).toBe('pending'));
    // the select let go of the focus once its list closed
    await waitFor(() => expect(document.activeElement).not.toBe(status));
    expect(screen.getByRole('combobox', { name: 'Status of #1' })).not.toHaveFocus();

    await user.keyboard('j');
    expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active');
    await user.keyboard('j');
    expect(screen.getByTestId('ticket-row-3')).toHaveAttribute('data-active');
    await user.keyboard('a');
    await waitFor(() => expect(api.ticket('t-3')?.assignee?.name).toBe('Alice Agent'));
    expect(screen.getByRole('combobox', { name: 'Status of #1' })).toHaveValue('Pending');

    // Escape closes the list without a choice and gives the keys back too
    await user.keyboard('e');
    await screen.findByRole('listbox');
    expect(screen.getByRole('combobox', { name: 'Status of #3' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Status of #3' })).not.toHaveFocus());
    await user.keyboard('k');
    expect(screen.getByTestId('ticket-row-2')).toHaveAttribute('data-active');
  });
});

describe('send and set status', () => {
  it('posts the reply first, then the status, expecting the status the page showed', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    const seen = api.ticket('t-1')?.status;
    await user.type(await screen.findByRole('textbox', { name: 'Message' }), 'Waiting for your logs.');
    await user.click(screen.getByRole('button', { name: 'Send and set status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send and set Pending' }));

    await waitFor(() => expect(api.ticket('t-1')?.status).toBe('pending'));
    const [comment, change] = api.mutations();
    expect(comment).toMatchObject({ method: 'POST', path: '/api/tickets/t-1/comments' });
    expect(change).toMatchObject({
      method: 'PATCH',
      path: '/api/tickets/t-1',
      // a field-level change (docs/api.md): it fails only if someone changed the status meanwhile
      body: { status: 'pending', expected: { status: seen } },
    });
    expect(await screen.findByText('#1 moved to Pending')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  });

  it('keeps the sent reply and says clearly when the status was refused', async () => {
    const api = installFakeApi(someTickets());
    server.use(
      http.patch('/api/tickets/:id', () =>
        problem('illegalTransition', {
          detail: 'Cannot move #1 from Open to Pending.',
          errors: [{ field: 'status', message: 'Cannot move #1 from Open to Pending.' }],
        }),
      ),
    );
    const { user } = renderApp('/t/1');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await user.type(await screen.findByRole('textbox', { name: 'Message' }), 'Waiting for your logs.');
    await user.click(screen.getByRole('button', { name: 'Send and set status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send and set Pending' }));

    const alert = await screen.findByRole('alert', { name: 'Status not changed' });
    expect(alert).toHaveTextContent('Your reply was sent, but the status is not Pending');
    expect(api.comments().map((c) => c.body)).toEqual(['Waiting for your logs.']);
    expect(api.ticket('t-1')?.status).toBe('open');
  });

  it('then opens the next ticket of the list when asked', async () => {
    const api = installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('j{Enter}');
    await screen.findByRole('heading', { name: 'VPN drops every hour' });
    await user.type(await screen.findByRole('textbox', { name: 'Message' }), 'Fixed.');
    await user.click(screen.getByRole('checkbox', { name: 'Then next ticket' }));
    await user.click(screen.getByRole('button', { name: 'Send and set status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send and set Resolved' }));

    await waitFor(() => expect(where(router)).toBe('/t/2'));
    expect(api.ticket('t-1')?.status).toBe('resolved');
  });
});

describe('command palette', () => {
  it('jumps to a ticket by number with Ctrl+K', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: 'Jump to a ticket or run a command' });
    await user.type(search, '#3');
    const result = await screen.findByRole('button', { name: '#3 Cannot log in' });
    await user.click(result);
    await waitFor(() => expect(where(router)).toBe('/t/3'));
  });

  it('finds a ticket by words of its title, and runs commands', async () => {
    installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.click(screen.getByRole('button', { name: /^Command palette/ }));
    const search = await screen.findByRole('textbox', { name: 'Jump to a ticket or run a command' });
    await user.type(search, 'printer');
    expect(await screen.findByRole('button', { name: '#2 Printer jammed' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'unassigned');
    await user.click(await screen.findByRole('button', { name: 'Unassigned' }));
    await waitFor(() => expect(where(router)).toBe('/?view=unassigned'));
  });
  it("offers the header's three theme choices, the one in force marked, picked by keyboard and shown by the header", async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: 'Jump to a ticket or run a command' });
    await user.type(search, 'theme');
    const choices = await screen.findAllByRole('button', { name: /^Theme: / });
    expect(choices.map((choice) => choice.textContent)).toEqual([
      'Theme: Light',
      'Theme: Dark',
      'Theme: Match the system',
    ]);
    // the one in force is marked (the tests' Mantine starts light; the app's starts matching the system)
    expect(choices.map((choice) => choice.getAttribute('aria-current'))).toEqual(['true', null, null]);

    // typing picks the first match, the arrow keys go through the choices, Enter runs the one picked
    await waitFor(() => expect(choices[0]).toHaveAttribute('data-selected'));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toHaveAttribute('data-selected');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));
    expect(localStorage.getItem('mantine-color-scheme-value')).toBe('dark');

    // one setting: the header's menu shows the palette's pick, and the palette marks it next time
    await user.click(screen.getByRole('button', { name: 'Theme' }));
    expect(await screen.findByRole('menuitem', { name: 'Dark' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Match the system' }));
    expect(localStorage.getItem('mantine-color-scheme-value')).toBe('auto');
    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('textbox', { name: 'Jump to a ticket or run a command' });
    await user.clear(again);
    await user.type(again, 'theme');
    expect(await screen.findByRole('button', { name: 'Theme: Match the system' }, { timeout: 5_000 })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: 'Theme: Light' })).not.toHaveAttribute('aria-current');
  });
});

describe('shell accessibility', () => {
  it('starts with a skip link to the main content, names nav links with their counts, and offers light, dark and the system theme', async () => {
    installFakeApi(someTickets());
    const { user } = renderApp('/?view=open');
    await screen.findByTestId('ticket-row-1');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.getElementById('main')).toHaveFocus();

    const nav = screen.getByRole('navigation', { name: 'Ticket views' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /^Open,\s*3 tickets$/ })).toBeInTheDocument());

    // light, dark, or back to following the system (jsdom's system: light)
    const theme = screen.getByRole('button', { name: 'Theme' });
    await user.click(theme);
    await user.click(await screen.findByRole('menuitem', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(localStorage.getItem('mantine-color-scheme-value')).toBe('dark');
    await user.click(theme);
    expect(await screen.findByRole('menuitem', { name: 'Dark' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Match the system' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(localStorage.getItem('mantine-color-scheme-value')).toBe('auto');
    await user.click(theme);
    expect(await screen.findByRole('menuitem', { name: 'Match the system' })).toHaveAttribute('aria-current', 'true');
  });
});
