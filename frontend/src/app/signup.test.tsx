import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
import { renderApp, where } from './app-test-utils';

async function fillIn(user: ReturnType<typeof renderApp>['user'], values: { password: string; email?: string }) {
  await user.type(await screen.findByLabelText('Organisation name'), 'Acme Support');
  await user.type(screen.getByLabelText('Your name'), 'Wile E. Coyote');
  await user.type(screen.getByLabelText('Email'), values.email ?? 'wile@acme.test');
  await user.type(screen.getByLabelText('Password'), values.password);
  await user.click(screen.getByRole('button', { name: 'Create organisation' }));
}

describe('sign-up', () => {
  it('is linked from the sign-in page, creates the organisation and lands on its dashboard signed in', async () => {
    const api = installFakeApi([], { signedIn: false });
    const { user, router } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'Create an organisation' }));
    expect(await screen.findByRole('heading', { name: 'Create an organisation' })).toBeInTheDocument();
    expect(where(router)).toBe('/signup');
    expect(screen.getByRole('link', { name: 'Sign in instead' })).toHaveAttribute('href', '/login');

    await fillIn(user, { password: 'long enough password' });

    expect(await screen.findByRole('button', { name: 'Account menu for Wile E. Coyote' })).toBeInTheDocument();
    expect(where(router)).toBe('/');
    expect(
      api
        .mutations()
        .filter((r) => r.path === '/api/signup')
        .map((r) => r.body),
    ).toEqual([
      {
        organisationName: 'Acme Support',
        name: 'Wile E. Coyote',
        email: 'wile@acme.test',
        password: 'long enough password',
      },
    ]);
  });

  it('leaves a short password to the server and shows its answer on the Password field', async () => {
    const api = installFakeApi([], { signedIn: false });
    const { user, router } = renderApp('/signup');

    await fillIn(user, { password: 'short' });

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/must be between 8 and 200 characters/));
    expect(password).not.toBeRequired();
    expect(screen.getByLabelText('Organisation name')).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.mutations().find((r) => r.path === '/api/signup')?.body).toMatchObject({ password: 'short' });
    expect(where(router)).toBe('/signup');
  });

  it('says nothing about whether an address is registered: the sign-in after sign-up fails and points to the inbox', async () => {
    installFakeApi([], { signedIn: false });
    const { user, router } = renderApp('/signup');

    await fillIn(user, { password: 'long enough password', email: 'alice@demo.test' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not sign you in. If this address has an account already, we sent it an e-mail: sign in with that account instead.',
    );
    expect(where(router)).toBe('/signup');
  });
});
