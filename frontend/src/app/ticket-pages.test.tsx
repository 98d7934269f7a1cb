import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Activity } from '@/features/tickets/detail';
import { installFakeApi } from '@/testing/fake-api';
import { BOB, aComment, aTicket, anAttachment } from '@/testing/fixtures';
import { renderApp, someTickets } from './app-test-utils';

describe('ticket page', () => {
  it('shows a missing or foreign ticket as not found', async () => {
    installFakeApi(someTickets());
    renderApp('/t/999');
    expect(await screen.findByRole('heading', { name: 'Ticket not found' })).toBeInTheDocument();
  });

  it('shows properties and the conversation with the ticket’s history', async () => {
    installFakeApi(someTickets());
    renderApp('/t/3');
    expect(await screen.findByRole('heading', { name: 'Cannot log in' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Queue of #3' })).toHaveValue('Billing');
    expect(await screen.findByText(/created the ticket/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Conversation' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
  });

  it('edits the title with the title it saw', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/t/3');
    await screen.findByRole('heading', { name: 'Cannot log in' });
    await user.click(screen.getByRole('button', { name: 'Edit title' }));
    const input = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(input);
    await user.type(input, 'Cannot log in since Monday{Enter}');

    expect(await screen.findByRole('heading', { name: 'Cannot log in since Monday' })).toBeInTheDocument();
    expect(api.mutations()[0]?.body).toEqual({
      title: 'Cannot log in since Monday',
      expected: { title: 'Cannot log in' },
    });
    expect(screen.getByText('#3 title saved')).toBeInTheDocument();
  });
});

describe('new ticket', () => {
  it('lets the server reject a missing title, shows it on the field, then creates and opens the ticket', async () => {
    const api = installFakeApi(someTickets());
    const { user, router } = renderApp('/?view=open');
    await user.click(await screen.findByRole('link', { name: 'New ticket' }));
    await user.click(await screen.findByRole('button', { name: 'Create ticket' }));

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription('must not be blank'));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(api.mutations()[0]).toMatchObject({
      method: 'POST',
      path: '/api/tickets',
      body: { title: '', description: '', priority: 'medium' },
    });

    await user.type(title, 'Monitor flickers');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Since the update.');
    await user.click(screen.getByRole('combobox', { name: 'Queue' }));
    await user.click(await screen.findByRole('option', { name: 'Billing' }));
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    expect(await screen.findByRole('heading', { name: 'Monitor flickers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/t/5');
    expect(api.mutations()[1]?.body).toEqual({
      title: 'Monitor flickers',
      description: 'Since the update.',
      priority: 'medium',
      queueId: 'q-billing',
    });
  });
});

describe('ticket conversation', () => {
  it('merges comments, files and field changes into one timeline, oldest first', async () => {
    const ticket = aTicket({ number: 12, createdAt: '2026-11-20T09:00:00Z' });
    const change = (
      id: string,
      at: string,
      field: Activity['field'],
      oldLabel: string,
      newLabel: string,
    ): Activity => ({
      id,
      action: 'changed',
      field,
      oldValue: oldLabel.toLowerCase(),
      newValue: newLabel.toLowerCase(),
      oldLabel,
      newLabel,
      reason: null,
      actor: { id: BOB.id, name: BOB.name },
      at,
      automation: null,
    });
    const note = aComment({
      id: 'c-note',
      visibility: 'internal',
      body: 'Vendor called',
      html: '<p>Vendor called</p>',
      createdAt: '2026-11-20T11:00:00Z',
    });
    const reply = aComment({
      id: 'c-reply',
      body: 'On our way',
      html: '<p>On our way</p>',
      createdAt: '2026-11-20T13:00:00Z',
    });
    installFakeApi([ticket], {
      comments: [reply, note],
      attachments: [
        anAttachment({ id: 'a-loose', filename: 'manual.pdf', createdAt: '2026-11-20T12:00:00Z' }),
        anAttachment({
          id: 'a-on-reply',
          commentId: 'c-reply',
          filename: 'route.png',
          createdAt: '2026-11-20T13:00:05Z',
        }),
      ],
      activity: {
        't-12': [
          change('act-2', '2026-11-20T14:00:00Z', 'status', 'Open', 'Pending'),
          // The conversation's own entries: the comment or file itself is shown instead.
          {
            ...change('act-c', '2026-11-20T13:00:00Z', null, '', ''),
            action: 'commented',
            newValue: 'c-reply',
            oldValue: null,
            oldLabel: null,
            newLabel: null,
            reason: null,
          },
          {
            ...change('act-f', '2026-11-20T12:00:00Z', null, '', ''),
            action: 'attachment_added',
            newValue: 'a-loose',
            oldValue: null,
            oldLabel: null,
            newLabel: null,
            reason: null,
          },
          change('act-1', '2026-11-20T10:00:00Z', 'priority', 'Medium', 'High'),
        ],
      },
    });
    renderApp('/t/12');

    const timeline = await screen.findByRole('list', { name: 'Conversation' });
    const entries = within(timeline)
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.parentElement === timeline);
    const describe = (li: HTMLElement) =>
      li.dataset.testid ??
      (within(li).queryByTestId(/^attachment-/)?.dataset.testid || li.textContent.replace(/ · .*$/, ''));
    expect(entries.map(describe)).toEqual([
      'Bob Builder created the ticket',
      'Bob Builder changed priority from Medium → High',
      'comment-c-note',
      'attachment-a-loose',
      'comment-c-reply',
      'Bob Builder changed status from Open → Pending',
    ]);
    expect(screen.getByTestId('comment-c-note')).toHaveAttribute('data-visibility', 'internal');
    expect(within(screen.getByTestId('comment-c-reply')).getByTestId('attachment-a-on-reply')).toBeInTheDocument();
    expect(within(timeline).getAllByText(/created the ticket/)).toHaveLength(1);
  });

  it('shows the whole history when the activity spans several pages', async () => {
    const ticket = aTicket({ number: 12, createdAt: '2026-11-01T00:00:00Z' });
    const changes: Activity[] = Array.from({ length: 230 }, (_, i) => ({
      id: `act-${i}`,
      action: 'changed',
      field: 'title',
      oldValue: `Title ${i}`,
      newValue: `Title ${i + 1}`,
      oldLabel: `Title ${i}`,
      newLabel: `Title ${i + 1}`,
      reason: null,
      actor: { id: BOB.id, name: BOB.name },
      at: new Date(Date.parse('2026-11-02T00:00:00Z') + i * 60_000).toISOString(),
      automation: null,
    }));
    const api = installFakeApi([ticket], { activity: { [ticket.id]: changes } });
    renderApp('/t/12');

    const timeline = await screen.findByRole('list', { name: 'Conversation' });
    const entries = within(timeline)
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.parentElement === timeline);
    expect(entries).toHaveLength(231);
    expect(entries[0]?.textContent).toContain('created the ticket');
    expect(entries[1]?.textContent).toContain('Title 0 → Title 1');
    expect(entries[230]?.textContent).toContain('Title 229 → Title 230');
    const pages = api.requests.filter((r) => r.path === `/api/tickets/${ticket.id}/activity`);
    expect(pages.map((r) => new URLSearchParams(r.search).get('cursor'))).toEqual([null, '200']);
  });

  it('after a reply, refreshes the ticket and its activity too', async () => {
    const api = installFakeApi([aTicket({ number: 12 })]);
    const { user } = renderApp('/t/12');
    await screen.findByRole('list', { name: 'Conversation' });
    const before = api.requests.filter(
      (r) => r.path === '/api/tickets/t-12/activity' || r.path === '/api/ticket-numbers/12',
    ).length;
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Done.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => {
      const after = api.requests.filter(
        (r) => r.path === '/api/tickets/t-12/activity' || r.path === '/api/ticket-numbers/12',
      ).length;
      expect(after).toBeGreaterThanOrEqual(before + 2);
    });
  });
});
