import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { deferred, installFakeApi, type FakeApiOptions } from '@/testing/fake-api';
import { problem } from '@/testing/problems';
import { ALICE, BOB, MEMBERS, aComment, aTicket, anAttachment } from '@/testing/fixtures';
import { renderWithRoutes } from '@/testing/render';
import { server } from '@/testing/server';
import { conversationKeys } from '../api/conversation-keys';
import { Conversation } from './conversation';

const ticket = aTicket({ number: 12 });

function renderConversation(options: FakeApiOptions = {}, props: { canRedact?: boolean } = {}) {
  const api = installFakeApi([ticket], options);
  const utils = renderWithRoutes(
    <Conversation ticketId="t-12" currentUser={ALICE} canRedact={props.canRedact ?? true} members={MEMBERS} />,
    { path: '/t/12' },
  );
  return { api, ...utils };
}

const message = () => screen.getByRole('textbox', { name: 'Message' });
const sendButton = () => screen.getByRole('button', { name: 'Send' });
const timeline = () => screen.getByRole('list', { name: 'Conversation' });
const commentsShown = () => within(timeline()).queryAllByTestId(/^comment-/);

describe('conversation composer', () => {
  it('posts a public reply, then an internal note that shows as internal', async () => {
    const { api, user } = renderConversation();
    await screen.findByRole('list', { name: 'Conversation' });
    expect(screen.getByRole('radio', { name: 'Public reply' })).toBeChecked();

    await user.type(message(), 'We are on it.');
    await user.click(sendButton());
    await waitFor(() => expect(commentsShown()).toHaveLength(1));
    expect(api.mutations().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/tickets/t-12/comments', { body: 'We are on it.', visibility: 'public' }],
    ]);
    const reply = commentsShown()[0]!;
    expect(reply).toHaveAttribute('data-visibility', 'public');
    expect(within(reply).queryByText('Internal')).not.toBeInTheDocument();
    expect(message()).toHaveValue('');

    await user.click(screen.getByText('Internal note'));
    await user.type(message(), 'Printer vendor owes us a call.');
    await user.click(sendButton());

    await waitFor(() => expect(commentsShown()).toHaveLength(2));
    expect(api.mutations()[1]?.body).toEqual({ body: 'Printer vendor owes us a call.', visibility: 'internal' });
    const note = commentsShown()[1]!;
    expect(note).toHaveAttribute('data-visibility', 'internal');
    expect(within(note).getByText('Internal', { exact: true })).toBeVisible();
    expect(within(note).getByText('Printer vendor owes us a call.')).toBeInTheDocument();
  });

  it('sends with Ctrl+Enter, and never sends an empty message', async () => {
    const { api, user } = renderConversation();
    await screen.findByRole('list', { name: 'Conversation' });
    expect(sendButton()).toBeDisabled();

    await user.click(message());
    await user.keyboard('   {Control>}{Enter}{/Control}');
    expect(sendButton()).toBeDisabled();
    expect(api.mutations()).toHaveLength(0);

    await user.clear(message());
    await user.type(message(), 'Fixed, please confirm.');
    expect(sendButton()).toBeEnabled();
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(commentsShown()).toHaveLength(1));
    expect(api.mutations()[0]?.body).toEqual({ body: 'Fixed, please confirm.', visibility: 'public' });
    expect(message()).toHaveValue('');
  });

  it('sends files without a message onto the ticket itself, and says so first', async () => {
    const { api, user } = renderConversation();
    await screen.findByRole('list', { name: 'Conversation' });
    await user.upload(screen.getByLabelText('Attach files'), new File(['x'], 'log.txt', { type: 'text/plain' }));
    expect(screen.getByText('Without a message, the files are added to the ticket itself.')).toBeInTheDocument();
    expect(sendButton()).toBeEnabled();

    await user.click(sendButton());

    await waitFor(() => expect(api.attachments()).toHaveLength(1));
    expect(api.attachments()[0]?.commentId).toBeNull();
    expect(api.mutations().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/tickets/t-12/attachments', { file: 'log.txt' }],
    ]);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Files to send' })).not.toBeInTheDocument());
  });

  it('refuses a file over the limit before uploading it, in words, and sends the message without it', async () => {
    const { api, user, client } = renderConversation({ maxFileSize: 10 });
    await screen.findByRole('list', { name: 'Conversation' });
    await waitFor(() => expect(client.getQueryData(conversationKeys.attachmentLimits())).toBeDefined());
    await user.upload(screen.getByLabelText('Attach files'), new File(['far more than ten bytes'], 'core.dump'));

    expect(await screen.findByText('core.dump: is 23 B; a file may be at most 10 bytes')).toBeInTheDocument();
    expect(sendButton()).toBeDisabled(); // a refused file alone is nothing to send
    await user.type(message(), 'Here is the summary instead.');
    await user.click(sendButton());

    await waitFor(() => expect(message()).toHaveValue(''));
    expect(api.mutations().map((r) => r.path)).toEqual(['/api/tickets/t-12/comments']);
  });

  it('posts the comment, uploads each file onto it with a progress bar, then shows the chips', async () => {
    const gate = deferred();
    const { api, user } = renderConversation();
    server.use(
      http.post('/api/tickets/:id/attachments', async () => {
        await gate.promise;
        return undefined; // then the fake server stores it
      }),
    );
    await screen.findByRole('list', { name: 'Conversation' });
    await user.type(message(), 'Screenshot attached.');
    await user.upload(screen.getByLabelText('Attach files'), [
      new File(['png-bytes'], 'screen.png', { type: 'image/png' }),
      new File(['log'], 'printer.log', { type: 'text/plain' }),
    ]);
    await user.click(sendButton());

    expect(await screen.findByRole('progressbar', { name: 'Upload of screen.png' })).toBeInTheDocument();
    expect(sendButton()).toBeDisabled();
    gate.release();

    await waitFor(() => expect(message()).toHaveValue(''));
    const reply = commentsShown()[0]!;
    const chips = within(reply).getAllByTestId(/^attachment-/);
    expect(chips.map((chip) => chip.textContent)).toEqual([
      expect.stringContaining('screen.png'),
      expect.stringContaining('printer.log'),
    ]);
    const [first] = api.attachments();
    expect(within(chips[0]!).getByRole('link', { name: 'screen.png' })).toHaveAttribute(
      'href',
      `/api/attachments/${first!.id}`,
    );
    expect(within(chips[0]!).getByRole('link', { name: 'screen.png' })).toHaveAttribute('download', 'screen.png');
    expect(within(chips[1]!).getByText('3 B')).toBeInTheDocument();

    const uploads = api.mutations().filter((r) => r.path === '/api/tickets/t-12/attachments');
    const commentId = api.comments()[0]!.id;
    expect(uploads.map((r) => r.body)).toEqual([
      { file: 'screen.png', commentId },
      { file: 'printer.log', commentId },
    ]);
    expect(uploads[0]!.headers.get('X-XSRF-TOKEN')).toBe('csrf-from-endpoint');
  });

  it('shows the server’s reason when a file is refused, keeps the text, and does not post twice', async () => {
    // the limit was lowered after the page loaded: only the upload finds out
    const { api, user } = renderConversation({ maxFileSize: 10, advertisedMaxFileSize: 1000 });
    await screen.findByRole('list', { name: 'Conversation' });
    await user.type(message(), 'Here is the dump.');
    await user.upload(screen.getByLabelText('Attach files'), new File(['far more than ten bytes'], 'core.dump'));
    await user.click(sendButton());

    expect(await screen.findByText('core.dump: A file may be at most 10 bytes.')).toBeInTheDocument();
    expect(message()).toHaveValue('Here is the dump.');
    expect(screen.getByText('Message posted, but not every file')).toBeInTheDocument();
    await waitFor(() => expect(commentsShown()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Remove core.dump' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(message()).toHaveValue('');
    expect(api.mutations().filter((r) => r.path === '/api/tickets/t-12/comments')).toHaveLength(1);
  });

  it('suggests members after @ and inserts the handle', async () => {
    const { api, user } = renderConversation();
    await screen.findByRole('list', { name: 'Conversation' });
    await user.type(message(), 'Thanks @ali');

    const listbox = screen.getByRole('listbox', { name: 'People to mention' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alice Agent @alice']);
    await user.keyboard('{Enter}');
    expect(message()).toHaveValue('Thanks @alice ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.type(message(), 'and @b');
    await user.click(screen.getByRole('option', { name: /Bob Builder/ }));
    expect(message()).toHaveValue('Thanks @alice and @bob ');

    await user.click(sendButton());
    await waitFor(() => expect(commentsShown()).toHaveLength(1));
    expect(api.mutations()[0]?.body).toEqual({ body: 'Thanks @alice and @bob ', visibility: 'public' });
    expect(within(commentsShown()[0]!).getByRole('link', { name: '@bob' })).toHaveClass('mention');
  });

  it('previews the Markdown, escaping raw HTML like the server', async () => {
    const { user } = renderConversation();
    await screen.findByRole('list', { name: 'Conversation' });
    await user.type(message(), '**bold** <img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = screen.getByRole('tabpanel', { name: 'Preview' });
    expect(within(preview).getByText('bold').tagName).toBe('STRONG');
    expect(within(preview).getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('[onerror]')).toBeNull();
  });
});

describe('conversation timeline', () => {
  it('passes the server’s HTML through DOMPurify: no script element, no event handler', async () => {
    installFakeApi([ticket]);
    const hostile = aComment({
      ticketId: 't-12',
      html:
        '<p>hello<script>window.__xss=1</script><img src="x" onerror="window.__xss=1"></p>' +
        '<a href="javascript:window.__xss=1">click</a><svg onload="window.__xss=1"></svg><p style="color:red" onclick="x()">styled</p>',
    });
    server.use(http.get('/api/tickets/:id/comments', () => HttpResponse.json({ items: [hostile] })));
    renderWithRoutes(<Conversation ticketId="t-12" currentUser={ALICE} canRedact={false} members={MEMBERS} />);

    const comment = await screen.findByTestId(`comment-${hostile.id}`);
    expect(within(comment).getByText('hello')).toBeInTheDocument();
    expect(comment.querySelector('script, svg, [onerror], [onload], [onclick]')).toBeNull();
    expect(within(comment).getByText('styled')).not.toHaveAttribute('style');
    expect(within(comment).getByText('click')).not.toHaveAttribute('href');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('shows edited and redacted comments; the author edits, an admin redacts after confirming', async () => {
    const mine = aComment({
      author: ALICE,
      body: 'Frist reply',
      html: '<p>Frist reply</p>',
      createdAt: '2026-11-21T09:00:00Z',
    });
    const bobs = aComment({ author: BOB, body: 'Call me', html: '<p>Call me</p>', createdAt: '2026-11-21T10:00:00Z' });
    const { api, user } = renderConversation({ comments: [mine, bobs] });
    const mineShown = await screen.findByTestId(`comment-${mine.id}`);
    const bobsShown = screen.getByTestId(`comment-${bobs.id}`);
    expect(within(bobsShown).queryByRole('button', { name: 'Edit comment' })).not.toBeInTheDocument();

    await user.click(within(mineShown).getByRole('button', { name: 'Edit comment' }));
    const editor = within(mineShown).getByRole('textbox', { name: 'Edit comment' });
    await user.clear(editor);
    await user.type(editor, 'First reply');
    await user.click(within(mineShown).getByRole('button', { name: 'Save' }));
    expect(await within(mineShown).findByText('First reply')).toBeInTheDocument();
    expect(api.mutations()[0]).toMatchObject({
      method: 'PATCH',
      path: `/api/tickets/t-12/comments/${mine.id}`,
      body: { body: 'First reply' },
    });
    await user.click(within(mineShown).getByRole('button', { name: /^Edited/ }));
    expect(await screen.findByText('Frist reply')).toBeInTheDocument();

    await user.click(within(bobsShown).getByRole('button', { name: 'Redact comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Redact this comment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Redact' }));
    expect(await within(bobsShown).findByText(/This comment was redacted by Alice Agent/)).toBeInTheDocument();
    expect(within(bobsShown).queryByText('Call me')).not.toBeInTheDocument();
    expect(api.mutations()[1]).toMatchObject({
      method: 'POST',
      path: `/api/tickets/t-12/comments/${bobs.id}/redaction`,
    });
  });

  it('shows a note an automation rule added as written by the rule, which nobody edits', async () => {
    const note = aComment({
      author: null,
      automation: { ruleId: 'r-1', ruleName: 'Triage' },
      visibility: 'internal',
      body: 'Routed to Billing',
      html: '<p>Routed to Billing</p>',
    });
    renderConversation({ comments: [note] });
    const shown = await screen.findByRole('article', { name: 'Internal note by Automation · Triage' });
    expect(within(shown).getByText('Automation · Triage')).toBeInTheDocument();
    expect(within(shown).getByText('Routed to Billing')).toBeInTheDocument();
    expect(within(shown).queryByRole('button', { name: 'Edit comment' })).not.toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Redact comment' })).toBeInTheDocument();
  });

  it('toasts a refused edit and keeps the editor open', async () => {
    const mine = aComment({ author: ALICE });
    const { user } = renderConversation({ comments: [mine] }, { canRedact: false });
    server.use(
      http.patch('/api/tickets/:id/comments/:commentId', () =>
        problem('commentRedacted', { detail: 'A redacted comment cannot be edited.' }),
      ),
    );
    const shown = await screen.findByTestId(`comment-${mine.id}`);
    expect(within(shown).queryByRole('button', { name: 'Redact comment' })).not.toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Edit comment' }));
    await user.type(within(shown).getByRole('textbox', { name: 'Edit comment' }), '!');
    await user.click(within(shown).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A redacted comment cannot be edited.')).toBeInTheDocument();
    expect(within(shown).getByRole('textbox', { name: 'Edit comment' })).toBeInTheDocument();
  });

  it('shows a loose file as its own item and opens image previews in a lightbox', async () => {
    const photo = anAttachment({ filename: 'jam.jpg', contentType: 'image/jpeg', previewable: true, size: 1_234_567 });
    const svg = anAttachment({ filename: 'logo.svg', contentType: 'image/svg+xml', previewable: false, size: 800 });
    const { user } = renderConversation({ attachments: [photo, svg] });

    const chip = await screen.findByTestId(`attachment-${photo.id}`);
    expect(within(chip).getByText('1.2 MB')).toBeInTheDocument();
    expect(chip.querySelector('img')).toHaveAttribute('src', `/api/attachments/${photo.id}?inline=true`);
    const svgChip = screen.getByTestId(`attachment-${svg.id}`);
    expect(svgChip.querySelector('img')).toBeNull();
    expect(within(svgChip).getByText('800 B')).toBeInTheDocument();

    await user.click(within(chip).getByRole('button', { name: 'Preview jam.jpg' }));
    const lightbox = await screen.findByRole('dialog', { name: 'jam.jpg' });
    expect(within(lightbox).getByRole('img', { name: 'jam.jpg' })).toHaveAttribute(
      'src',
      `/api/attachments/${photo.id}?inline=true`,
    );
  });
});
