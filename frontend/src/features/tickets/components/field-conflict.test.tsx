import type { ReactNode } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftKey } from '@/lib/drafts';
import { installFakeApi } from '@/testing/fake-api';
import { ALICE, BOB, MEMBERS, QUEUES, aTicket } from '@/testing/fixtures';
import { renderWithRoutes } from '@/testing/render';
import { TicketDetail } from './ticket-detail';

const ticket = aTicket({ number: 12, title: 'Printer jammed', priority: 'medium', version: 3 });

function renderTicketPage(renderedHtml?: (html: string) => ReactNode) {
  return renderWithRoutes(
    <TicketDetail number={12} members={MEMBERS} queues={QUEUES} currentUser={ALICE} renderedHtml={renderedHtml} />,
    { path: '/t/12' },
  );
}

async function editTitle(user: ReturnType<typeof renderTicketPage>['user'], to: string) {
  await user.click(await screen.findByRole('button', { name: 'Edit title' }));
  const input = screen.getByRole('textbox', { name: 'Title' });
  await user.clear(input);
  await user.type(input, to);
}

describe('conflicts, field by field, on the ticket page', () => {
  it('saves a title edit although someone else changed the priority meanwhile', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await editTitle(user, 'Printer jammed on floor 2');
    api.changeAs(BOB, 't-12', { priority: 'urgent' }); // the page has not heard of it

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Printer jammed on floor 2' })).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toEqual({
      title: 'Printer jammed on floor 2',
      expected: { title: 'Printer jammed' },
    });
    expect(api.ticket('t-12')?.priority).toBe('urgent');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows theirs vs yours when the server refuses a title someone else changed, until the person picks', async () => {
    const api = installFakeApi([ticket]);
    const { user, client } = renderTicketPage();
    await editTitle(user, 'Printer out of paper');
    api.changeAs(BOB, 't-12', { title: 'Printer on fire' });

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflict = await screen.findByRole('alert', { name: 'Bob Builder changed the title meanwhile' });
    expect(within(conflict).getByTestId('conflict-theirs')).toHaveTextContent('Printer on fire');
    expect(within(conflict).getByTestId('conflict-yours')).toHaveTextContent('Printer out of paper');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Printer out of paper');
    // one message, in place: no toast on top, and a second Save cannot overwrite theirs
    expect(screen.queryByText(/^Not saved/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(api.ticket('t-12')?.title).toBe('Printer on fire');
    // it stays until the person picks: a later refetch of the ticket does not make it go away
    api.changeAs(BOB, 't-12', { priority: 'high' });
    await client.invalidateQueries();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toHaveValue('High'));
    const still = screen.getByRole('alert', { name: 'Bob Builder changed the title meanwhile' });

    await user.click(within(still).getByRole('button', { name: 'Keep mine' }));

    expect(await screen.findByRole('heading', { name: 'Printer out of paper' })).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toEqual({
      title: 'Printer out of paper',
      expected: { title: 'Printer on fire' },
    });
    expect(api.ticket('t-12')?.title).toBe('Printer out of paper');
  });

  it('takes theirs: drops the draft and shows what the server holds', async () => {
    const api = installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await editTitle(user, 'Printer out of paper');
    api.changeAs(BOB, 't-12', { title: 'Printer on fire' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const conflict = await screen.findByRole('alert', { name: 'Bob Builder changed the title meanwhile' });
    const sent = api.mutations().length;

    await user.click(within(conflict).getByRole('button', { name: 'Take theirs' }));

    expect(await screen.findByRole('heading', { name: 'Printer on fire' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    expect(api.mutations()).toHaveLength(sent);
    expect(localStorage.getItem(draftKey('title', 't-12'))).toBeNull();
  });

  it('shows the conflict at once for a kept draft whose starting value changed while the person was away', async () => {
    const api = installFakeApi([{ ...ticket, title: 'Printer on fire' }]);
    localStorage.setItem(
      draftKey('title', 't-12'),
      JSON.stringify({ value: 'Printer out of paper', base: 'Printer jammed' }),
    );
    renderTicketPage();

    expect(await screen.findByRole('alert', { name: /changed the title meanwhile/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(api.mutations()).toEqual([]);
  });
});

describe('a refused edit', () => {
  it('shows a blank title as one error, in place, and keeps the edit open', async () => {
    installFakeApi([ticket]);
    const { user } = renderTicketPage();
    await user.click(await screen.findByRole('button', { name: 'Edit title' }));
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('must not be blank'),
    );
    expect(screen.getAllByText('must not be blank')).toHaveLength(1);
    expect(screen.queryByText('Could not update #12')).not.toBeInTheDocument();
  });
});

describe('a closed ticket on the ticket page', () => {
  it('keeps its fields read-only until reopened, and warns that a reply does not reopen it', async () => {
    const api = installFakeApi([aTicket({ number: 12, status: 'closed' })]);
    const { user } = renderTicketPage();

    expect(await screen.findByTestId('closed-notice-fields')).toHaveTextContent(
      '#12 is closed: its fields are read-only until it is reopened.',
    );
    expect(screen.queryByRole('button', { name: 'Edit title' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit description' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Queue of #12' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Status of #12' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Reopen' }));

    expect(await screen.findByRole('button', { name: 'Edit title' })).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toEqual({ status: 'open', expected: { status: 'closed' } });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority of #12' })).toBeEnabled());
    expect(screen.queryByTestId('closed-notice-fields')).not.toBeInTheDocument();
  });
});

describe('the description', () => {
  it('shows the server-rendered Markdown through the renderer it is given (the comments’)', async () => {
    installFakeApi([
      aTicket({ number: 12, description: '**Bold** move', descriptionHtml: '<p><strong>Bold</strong> move</p>' }),
    ]);
    renderTicketPage((html) => <div data-testid="rendered" dangerouslySetInnerHTML={{ __html: html }} />);

    const rendered = await screen.findByTestId('rendered');
    expect(within(rendered).getByText('Bold').tagName).toBe('STRONG');
    expect(screen.queryByText('**Bold** move')).not.toBeInTheDocument();
  });
});
