import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeAdminApi } from '@/testing/fake-admin-api';
import { anOutboxEmail, installFakeOutbox } from '@/testing/fake-email-outbox';
import { ME } from '@/testing/fixtures';
import { renderApp } from './app-test-utils';

const AGENT_ME = { ...ME, currentOrganisation: { ...ME.currentOrganisation, role: 'agent' as const } };

describe('e-mail outbox settings', () => {
  it('lists a failed e-mail with whom, what, why and attempts; retry shows progress, then queues it', async () => {
    installFakeAdminApi();
    const failed = anOutboxEmail();
    const waiting = anOutboxEmail({
      kind: 'invitation',
      subject: 'You are invited to Acme',
      status: 'pending',
      attempts: 1,
      lastError: 'The mail server smtp.example.com:25 did not answer in time.',
      nextAttemptAt: '2999-01-01T00:00:00Z',
      recipientName: null,
      recipientId: null,
      toAddress: 'sam@example.com',
    });
    const outbox = installFakeOutbox([failed, waiting]);
    const { user } = renderApp('/settings/email-outbox');

    const failedList = await screen.findByRole('list', { name: 'Failed e-mails' });
    const line = within(failedList).getByRole('listitem', { name: failed.subject ?? '' });
    expect(line).toHaveTextContent('To Bob Builder <bob@example.com>');
    expect(line).toHaveTextContent('3 attempts');
    expect(line).toHaveTextContent('Could not connect to the mail server smtp.example.com:25');
    expect(line).toHaveTextContent('Given up');
    const waitingLine = within(screen.getByRole('list', { name: 'Waiting e-mails' })).getByRole('listitem', {
      name: 'You are invited to Acme',
    });
    expect(waitingLine).toHaveTextContent('To sam@example.com');
    expect(waitingLine).toHaveTextContent('Next attempt');

    await user.click(within(line).getByRole('button', { name: /^Retry now/ }));
    expect(await screen.findByText('E-mail queued')).toBeInTheDocument();
    expect(outbox.email(failed.id)?.status).toBe('pending');
    // the server's word: it now waits, due now, and no longer counts as failed
    const nowWaiting = await within(screen.getByRole('list', { name: 'Waiting e-mails' })).findByRole('listitem', {
      name: failed.subject ?? '',
    });
    expect(nowWaiting).toHaveTextContent('Due now');
    expect(screen.getByText('No e-mail has failed.')).toBeInTheDocument();
  });

  it('says why a retry was refused', async () => {
    installFakeAdminApi();
    const email = anOutboxEmail();
    installFakeOutbox([email], {
      refuseRetry: [
        'emailNotWaiting',
        {
          detail: 'This e-mail cannot be retried. A server is sending it right now; look again in a minute.',
          errors: [{ field: 'status', message: 'A server is sending it right now; look again in a minute.' }],
        },
      ],
    });
    const { user } = renderApp('/settings/email-outbox');
    await user.click(await screen.findByRole('button', { name: /^Retry now/ }));
    expect(await screen.findByText('Could not retry the e-mail')).toBeInTheDocument();
    expect(screen.getByText(/A server is sending it right now/)).toBeInTheDocument();
  });

  it('without an SMTP server says why e-mails wait, instead of "due now", and offers no retry', async () => {
    installFakeAdminApi();
    const waiting = anOutboxEmail({
      status: 'pending',
      attempts: 0,
      lastError: null,
      nextAttemptAt: '2026-11-26T09:02:00Z',
    });
    const given = anOutboxEmail({ subject: 'You are invited to Acme', kind: 'invitation' });
    installFakeOutbox([waiting, given], { smtpConfigured: false });
    renderApp('/settings/email-outbox');

    const line = await within(await screen.findByRole('list', { name: 'Waiting e-mails' })).findByRole('listitem', {
      name: waiting.subject ?? '',
    });
    const notice = screen.getByRole('status', { name: 'E-mail is not sent on this installation' });
    expect(notice).toHaveTextContent('No SMTP server is configured, so e-mails wait here');
    expect(notice).toHaveTextContent('WORKTRACKR_SMTP_HOST');
    expect(line).toHaveTextContent('Not sent: no SMTP server is configured.');
    expect(line).not.toHaveTextContent('Due now');
    expect(screen.queryByRole('button', { name: /^Retry now/ })).not.toBeInTheDocument();
    // what should never go can still be discarded
    expect(within(line).getByRole('button', { name: /^Discard/ })).toBeInTheDocument();
    const failedLine = within(screen.getByRole('list', { name: 'Failed e-mails' })).getByRole('listitem', {
      name: 'You are invited to Acme',
    });
    expect(failedLine).toHaveTextContent('Given up: no further attempts.');
    expect(failedLine).not.toHaveTextContent('unless you retry it');
  });

  it('with an SMTP server says nothing of a missing one', async () => {
    installFakeAdminApi();
    installFakeOutbox([anOutboxEmail({ status: 'pending', attempts: 0, lastError: null })]);
    renderApp('/settings/email-outbox');
    expect(await screen.findByRole('button', { name: /^Retry now/ })).toBeInTheDocument();
    expect(screen.getByText(/Due now/)).toBeInTheDocument();
    expect(screen.queryByText(/No SMTP server is configured/)).not.toBeInTheDocument();
  });

  it('discards after asking, and the e-mail leaves the page', async () => {
    installFakeAdminApi();
    const email = anOutboxEmail();
    const outbox = installFakeOutbox([email]);
    const { user } = renderApp('/settings/email-outbox');
    await user.click(await screen.findByRole('button', { name: /^Discard/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this e-mail?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard e-mail' }));
    await waitFor(() => expect(outbox.email(email.id)?.status).toBe('cancelled'));
    expect(await screen.findByText('Nothing failed, nothing waiting')).toBeInTheDocument();
  });

  it('is linked from the organisation page, and agents are told it is for admins', async () => {
    installFakeAdminApi();
    installFakeOutbox([]);
    const { user, router } = renderApp('/settings/organisation');
    const more = await screen.findByRole('region', { name: 'More settings for this organisation' });
    await user.click(within(more).getByRole('link', { name: 'E-mail outbox' }));
    expect(await screen.findByRole('heading', { name: 'E-mail outbox' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/email-outbox');
    expect(await screen.findByText('Nothing failed, nothing waiting')).toBeInTheDocument();
  });

  it('shows agents "Admins only" and never asks for the outbox', async () => {
    installFakeAdminApi({ me: AGENT_ME });
    const outbox = installFakeOutbox([anOutboxEmail()]);
    renderApp('/settings/email-outbox');
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).queryByRole('link', { name: 'E-mail outbox' })).not.toBeInTheDocument();
    expect(outbox.requests.some((r) => r.path.startsWith('/api/admin/email-outbox'))).toBe(false);
  });
});
