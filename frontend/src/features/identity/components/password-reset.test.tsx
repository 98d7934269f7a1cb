import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { csrfHandler } from '@/testing/handlers';
import { invalidInput, problem } from '@/testing/problems';
import { renderWithRoutes } from '@/testing/render';
import { server } from '@/testing/server';
import { ChooseNewPassword, RequestPasswordReset } from './password-reset';

describe('password reset', () => {
  it('asks for the address and answers alike whether it has an account or not', async () => {
    let sent: unknown;
    server.use(
      csrfHandler,
      http.post('/api/auth/password-reset', async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const { user } = renderWithRoutes(<RequestPasswordReset />);

    await user.type(screen.getByRole('textbox', { name: 'Email' }), ' alice@example.test ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If alice@example.test has a WorkTrackr account, a link to choose a new password is on its way.',
    );
    expect(sent).toEqual({ email: 'alice@example.test' });
  });

  it('sets the new password from the link and offers to sign in', async () => {
    let sent: unknown;
    server.use(
      csrfHandler,
      http.post('/api/auth/password-reset/confirm', async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderWithRoutes(<ChooseNewPassword token="t0ken" />);

    await user.type(screen.getByLabelText(/New password/), 'a-long-new-secret');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('every device that was signed in has been signed out');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(sent).toEqual({ token: 't0ken', newPassword: 'a-long-new-secret' });
  });

  it('shows a refused password next to the field, and a used link as unusable', async () => {
    let answer = invalidInput([
      { field: 'newPassword', message: 'is one of the most common passwords; choose another' },
    ]);
    server.use(
      csrfHandler,
      http.post('/api/auth/password-reset/confirm', () => answer),
    );
    const { user } = renderWithRoutes(<ChooseNewPassword token="t0ken" />);

    await user.type(screen.getByLabelText(/New password/), 'password123');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText('is one of the most common passwords; choose another')).toBeInTheDocument();

    answer = problem('passwordResetLinkInvalid');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired or was used already.');
    expect(screen.getByRole('link', { name: 'Send a new link' })).toHaveAttribute('href', '/reset-password');
  });
});
