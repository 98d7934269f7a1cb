import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { deferred, installFakeApi } from '@/testing/fake-api';
import { problem } from '@/testing/problems';
import { ALICE, MEMBERS, QUEUES, aTicket } from '@/testing/fixtures';
import { renderWithRoutes } from '@/testing/render';
import { server } from '@/testing/server';
import { TicketDetail } from './ticket-detail';

const ticket = aTicket({ number: 12, status: 'open', priority: 'medium', version: 3 });

function renderTicketPage() {
  return renderWithRoutes(<TicketDetail number={12} members={MEMBERS} queues={QUEUES} currentUser={ALICE} />, {
    path: '/t/12',
  });
}

const statusInput = () => screen.getByRole('combobox', { name: 'Status of #12' });

async function choose(user: ReturnType<typeof renderTicketPage>['user'], input: HTMLElement, option: string) {
  await user.click(input);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('inline ticket controls', () => {
  it('sends the change at once and stays disabled with a spinner until the server answers', async () => {
    const api = installFakeApi([ticket]);
    const gate = deferred();
    const arrived: unknown[] = [];
    server.use(
      http.patch('/api/tickets/:id', async ({ request }) => {
        arrived.push(await request.clone().json());
        await gate.promise;
        return undefined; // then the fake server answers
      }),
    );
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Status of #12' }), 'Closed');

    await waitFor(() => expect(arrived).toEqual([{ status: 'closed', expected: { status: 'open' } }]));
    expect(statusInput()).toBeDisabled();
    expect(within(statusInput().parentElement!).getByRole('status', { name: 'Saving' })).toBeInTheDocument();

    expect(statusInput()).toHaveValue('Open'); // still the server's value: nothing unaccepted is shown
    expect(statusInput()).toHaveAttribute('title', 'Saving: Closed…');

    gate.release();
    await waitFor(() => expect(statusInput()).toBeEnabled());
    expect(statusInput()).toHaveValue('Closed');
    expect(api.ticket('t-12')?.status).toBe('closed');
    expect(screen.queryByRole('status', { name: 'Saving' })).not.toBeInTheDocument();
  });

  it('is usable again as soon as the answer shows, without waiting for the refresh that follows', async () => {
    installFakeApi([ticket]);
    const refresh = deferred();
    let answered = false;
    server.use(
      http.patch('/api/tickets/:id', () => {
        answered = true;
        return undefined; // the fake server answers
      }),
      // the refresh after the change is held back
      http.get('/api/ticket-numbers/:number', async () => {
        if (answered) await refresh.promise;
        return undefined;
      }),
    );
    const { user } = renderTicketPage();
    // what the page shows at the moment the toast appears (what a person, or the `a` shortcut, acts on)
    let atToast: { status: string; statusEnabled: boolean; assignEnabled: boolean } | undefined;
    const watch = new MutationObserver(() => {
      if (atToast || !document.body.textContent.includes('#12 moved to Pending')) return;
      const assign = screen.queryByRole('button', { name: 'Assign #12 to me' });
      atToast = {
        status: (statusInput() as HTMLInputElement).value,
        statusEnabled: !(statusInput() as HTMLInputElement).disabled,
        assignEnabled: assign !== null && !(assign as HTMLButtonElement).disabled,
      };
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    await choose(user, await screen.findByRole('combobox', { name: 'Status of #12' }), 'Pending');

    // the toast, the server's value and usable controls arrive together
    expect(await screen.findByText('#12 moved to Pending')).toBeInTheDocument();
    watch.disconnect();
    expect(atToast).toEqual({ status: 'Pending', statusEnabled: true, assignEnabled: true });
    expect(statusInput()).toHaveValue('Pending');
    expect(statusInput()).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Assign #12 to me' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toBeEnabled();
    refresh.release();
  });

  it("while one field saves, the ticket's other controls wait for its answer", async () => {
    installFakeApi([ticket]);
    const gate = deferred();
    server.use(
      http.patch('/api/tickets/:id', async () => {
        await gate.promise;
        return undefined;
      }),
    );
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Priority of #12' }), 'High');

    const priority = screen.getByRole('combobox', { name: 'Priority of #12' });
    await waitFor(() => expect(priority).toHaveAttribute('aria-busy', 'true'));
    expect(within(priority.parentElement!).getByRole('status', { name: 'Saving' })).toBeInTheDocument();
    // the spinner is on the control that changed; the others are disabled without one
    expect(statusInput()).toBeDisabled();
    expect(statusInput()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('button', { name: 'Assign #12 to me' })).toBeDisabled();
    expect(screen.getAllByRole('status', { name: 'Saving' })).toHaveLength(1);

    gate.release();
    expect(await screen.findByText('#12 priority set to High')).toBeInTheDocument();
    expect(statusInput()).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Assign #12 to me' })).toBeEnabled();
  });

  it('on success shows the server value and a toast', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Status of #12' }), 'Closed');

    expect(await screen.findByText('#12 moved to Closed')).toBeInTheDocument();
    await waitFor(() => expect(statusInput()).toHaveValue('Closed'));
    expect(api.ticket('t-12')?.status).toBe('closed');
  });

  it.each([
    [
      500,
      () => problem('internalError', { detail: 'Something broke on our side.', errorId: 'e-42' }),
      'Something broke on our side. (error id e-42)',
    ],
    [
      422,
      () =>
        problem('illegalTransition', {
          detail: 'Cannot move from open to closed',
          allowed: ['pending'],
        }),
      'Cannot move from open to closed',
    ],
  ])('on %i returns to the server value and says why', async (_status, answer, message) => {
    installFakeApi([ticket]);
    server.use(http.patch('/api/tickets/:id', answer));
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Status of #12' }), 'Closed');

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('Could not update #12')).toBeInTheDocument();
    await waitFor(() => expect(statusInput()).toBeEnabled());
    expect(statusInput()).toHaveValue('Open');
  });

  it('on a conflict says who changed the field to what, keeps saying it, and takes the current ticket', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    const input = await screen.findByRole('combobox', { name: 'Status of #12' });
    api.changeBehindTheScenes('t-12', { status: 'pending' }); // someone else, version 4 now

    await choose(user, input, 'Closed');

    expect(await screen.findByText('Someone else changed the status to “Pending” meanwhile')).toBeInTheDocument();
    expect(screen.getByText('Not saved: #12 changed meanwhile')).toBeInTheDocument();
    await waitFor(() => expect(statusInput()).toHaveValue('Pending'));
    expect(api.ticket('t-12')?.status).toBe('pending');
  });

  it('never shows a chosen value the server did not accept, even when the request fails outright', async () => {
    installFakeApi([ticket]);
    server.use(http.patch('/api/tickets/:id', () => HttpResponse.error()));
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Priority of #12' }), 'Urgent');

    expect(await screen.findByText(/could not be reached/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toHaveValue('Medium');
  });

  it('sets the priority and says so', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Priority of #12' }), 'High');

    expect(await screen.findByText('#12 priority set to High')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toHaveValue('High');
    expect(api.mutations()[0]?.body).toEqual({ priority: 'high', expected: { priority: 'medium' } });
  });

  it('assigns to me, then unassigns', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await user.click(await screen.findByRole('button', { name: 'Assign #12 to me' }));

    expect(await screen.findByText('#12 assigned to Alice Agent')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Assignee of #12' })).toHaveValue('Alice Agent');
    expect(api.mutations()[0]?.body).toEqual({ assigneeId: ALICE.id, expected: { assigneeId: null } });

    await user.click(screen.getByRole('button', { name: 'Unassign #12' }));
    expect(await screen.findByText('#12 unassigned')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Assignee of #12' })).toHaveValue('Unassigned');
    expect(api.mutations()[1]?.body).toEqual({ assigneeId: null, expected: { assigneeId: ALICE.id } });
  });

  it('undoes a status change from its toast, expecting the status the change set', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Status of #12' }), 'Pending');
    const toast = (await screen.findByText('#12 moved to Pending')).closest('.mantine-Notification-root');

    await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Undone: #12 moved to Open')).toBeInTheDocument();
    expect(api.mutations().map((m) => m.body)).toEqual([
      { status: 'pending', expected: { status: 'open' } },
      { status: 'open', expected: { status: 'pending' } },
    ]);
    await waitFor(() => expect(statusInput()).toHaveValue('Open'));
    expect(api.ticket('t-12')?.status).toBe('open');
  });

  it('offers no Undo for a priority change', async () => {
    installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await choose(user, await screen.findByRole('combobox', { name: 'Priority of #12' }), 'High');
    expect(await screen.findByText('#12 priority set to High')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('offers the current status and the allowed next ones only', async () => {
    installFakeApi([aTicket({ number: 12, status: 'closed' })]);
    const { user } = renderTicketPage();
    await user.click(await screen.findByRole('combobox', { name: 'Status of #12' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Open', 'Closed']);
  });
});
