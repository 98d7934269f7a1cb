import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { renderApp, someTickets } from './app-test-utils';

describe('ticket page', () => {
  it('shows a missing or foreign ticket as not found', async () => {
    installFakeApi(someTickets());
    renderApp('/t/999');
    expect(await screen.findByRole('heading', { name: 'Ticket not found' })).toBeInTheDocument();
  });

  it('shows properties, the activity timeline and the conversation area', async () => {
    installFakeApi(someTickets());
    renderApp('/t/3');
    expect(await screen.findByRole('heading', { name: 'Cannot log in' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Queue of #3' })).toHaveValue('Billing');
    expect(await screen.findByText('created the ticket')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Conversation' })).toBeInTheDocument();
  });

  it('edits the title with the version it saw', async () => {
    const api = installFakeApi(someTickets());
    const { user } = renderApp('/t/3');
    await screen.findByRole('heading', { name: 'Cannot log in' });
    await user.click(screen.getByRole('button', { name: 'Edit title' }));
    const input = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(input);
    await user.type(input, 'Cannot log in since Monday{Enter}');

    expect(await screen.findByRole('heading', { name: 'Cannot log in since Monday' })).toBeInTheDocument();
    expect(api.mutations()[0]?.body).toEqual({ version: 3, title: 'Cannot log in since Monday' });
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
    expect(api.mutations()[0]).toMatchObject({ method: 'POST', path: '/api/tickets', body: { title: '', description: '', priority: 'medium' } });

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
