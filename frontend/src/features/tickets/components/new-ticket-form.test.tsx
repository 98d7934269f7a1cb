import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { NewTicket, Ticket } from '@/lib/api-schema';
import { aTicket, MEMBERS, QUEUES } from '@/testing/fixtures';
import { csrfHandler, json, recordRequests } from '@/testing/handlers';
import { problem } from '@/testing/problems';
import { renderWithRoutes } from '@/testing/render';
import { server } from '@/testing/server';
import { NewTicketForm } from './new-ticket-form';

describe('new ticket form', () => {
  it('puts each server field error on its field and the rest above the form', async () => {
    server.use(
      csrfHandler,
      http.post('/api/tickets', () =>
        problem('invalidInput', {
          detail: 'The request is not valid.',
          errors: [
            { field: 'title', message: 'must not be blank' },
            { field: 'description', message: 'is too long' },
            { field: 'priority', message: 'must be one of low, medium, high, urgent' },
            { field: 'queueId', message: 'queue is archived' },
            { field: 'assigneeId', message: 'is not a member of this organisation' },
            { field: 'tags', message: 'unknown field' },
          ],
        }),
      ),
    );
    const onCreated = vi.fn();
    const { user } = renderWithRoutes(<NewTicketForm members={MEMBERS} queues={QUEUES} onCreated={onCreated} />);

    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription('must not be blank'));
    expect(title).not.toBeRequired(); // the server decides, not the browser
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveAccessibleDescription('is too long');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveAccessibleDescription(
      'must be one of low, medium, high, urgent',
    );
    expect(screen.getByRole('combobox', { name: 'Queue' })).toHaveAccessibleDescription('queue is archived');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveAccessibleDescription(
      'is not a member of this organisation',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('tags: unknown field');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('shows a problem without field errors above the form', async () => {
    server.use(
      csrfHandler,
      http.post('/api/tickets', () => problem('forbidden', { detail: 'You may not create tickets here.' })),
    );
    const { user } = renderWithRoutes(<NewTicketForm members={MEMBERS} queues={QUEUES} onCreated={vi.fn()} />);
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not create tickets here.');
  });

  it('sends the chosen assignee and hands back the created ticket', async () => {
    server.use(
      csrfHandler,
      http.post('/api/tickets', async ({ request }) => {
        const body = (await request.json()) as NewTicket;
        return json<Ticket>(aTicket({ number: 1, title: body.title }), { status: 201 });
      }),
    );
    const api = recordRequests();
    const onCreated = vi.fn();
    const { user } = renderWithRoutes(<NewTicketForm members={MEMBERS} queues={QUEUES} onCreated={onCreated} />);
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Laptop battery');
    await user.click(screen.getByRole('combobox', { name: 'Priority' }));
    await user.click(await screen.findByRole('option', { name: 'Urgent' }));
    await user.click(screen.getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Bob Builder' }));
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ number: 1, title: 'Laptop battery' })),
    );
    expect(api.mutations()[0]?.body).toEqual({
      title: 'Laptop battery',
      description: '',
      priority: 'urgent',
      assigneeId: 'u-bob',
    });
  });

  it('takes attachments: refuses an oversize one as it is chosen, creates the ticket, then uploads the rest onto it', async () => {
    server.use(
      csrfHandler,
      http.post('/api/tickets', async ({ request }) => {
        const body = (await request.json()) as NewTicket;
        return json<Ticket>(aTicket({ number: 7, title: body.title }), { status: 201 });
      }),
    );
    const onCreated = vi.fn();
    const upload = vi.fn(() => Promise.resolve());
    const { user } = renderWithRoutes(
      <NewTicketForm
        members={MEMBERS}
        queues={QUEUES}
        onCreated={onCreated}
        attachments={{ limits: { maxFileSize: 10, maxFileSizeText: '10 bytes' }, upload }}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Scanner broken');
    await user.upload(screen.getByLabelText('Attach files'), [
      new File(['tiny'], 'photo.jpg', { type: 'image/jpeg' }),
      new File(['far more than ten bytes'], 'video.mp4', { type: 'video/mp4' }),
    ]);

    expect(screen.getByRole('alert')).toHaveTextContent('video.mp4: over the limit: a file may be at most 10 bytes');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ number: 7 })));
    expect(upload).toHaveBeenCalledTimes(1);
    expect(upload).toHaveBeenCalledWith(
      expect.objectContaining({ number: 7 }),
      expect.objectContaining({ name: 'photo.jpg' }),
    );
  });
});
