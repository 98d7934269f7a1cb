import { useState, type SubmitEvent } from 'react';
import { Alert, Anchor, Button, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAcceptInvitationLink, useInvitationPreview } from '../api/account-api';
import type { InvitationAcceptance, Me } from '../types';

interface AcceptInvitationProps {
  token: string;
  /** Who is signed in in this browser, if anyone. */
  signedIn: Me | undefined;
  onAccepted: (me: Me) => void;
}

/**
 * The page an invitation link opens: names the organisation, then either creates the account
 * (name + password) or asks the existing account to sign in first, and lands in the new
 * organisation. An account that never confirmed the address is taken over by whoever uses the link
 * signed out (the link proves the address); the page says so and offers signing in instead — unless
 * the invitation itself made that account (the person never signed up): then it just asks for a password.
 */
export function AcceptInvitation({ token, signedIn, onAccepted }: AcceptInvitationProps) {
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitationLink();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const problem = accept.error;

  if (!token) {
    return (
      <Alert color="red" variant="light" role="alert" maw={420}>
        This invitation link is incomplete. Copy the whole link from the invitation.
      </Alert>
    );
  }
  if (preview.isPending) return <Loader aria-label="Loading invitation" />;
  if (preview.isError) {
    return (
      <Alert color="red" variant="light" role="alert" title="This invitation cannot be used" maw={420}>
        {preview.error.status === 404 || preview.error.status === 410
          ? 'It has expired, was withdrawn, or was used already. Ask the person who invited you for a new one.'
          : preview.error.humanMessage}
      </Alert>
    );
  }

  const invitation = preview.data;
  const samePerson = signedIn?.user.email.toLowerCase() === invitation.email.toLowerCase();
  const back = `/invitations/accept#token=${encodeURIComponent(token)}`;
  const signIn = (
    <Button component={Link} to={`/login?next=${encodeURIComponent(back)}`} fullWidth>
      {`Sign in as ${invitation.email}`}
    </Button>
  );
  if (signedIn && !samePerson) {
    // The link is for another address: whoever is signed in here cannot use it (the server answers 403).
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="sm">
          <Title order={1} size="h3">
            {`Join ${invitation.organisationName}`}
          </Title>
          <Text size="sm">
            {`This invitation is for ${invitation.email}, but you are signed in as ${signedIn.user.email}. Sign out, then open the link again.`}
          </Text>
        </Stack>
      </Paper>
    );
  }
  if (invitation.accountExists && !signedIn) {
    // An account with a proven address joins signed in as itself (the server answers 401 otherwise).
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="sm">
          <Title order={1} size="h3">
            {`Join ${invitation.organisationName}`}
          </Title>
          <Text size="sm">{`${invitation.email} already has a WorkTrackr account. Sign in as ${invitation.email} to join.`}</Text>
          {signIn}
        </Stack>
      </Paper>
    );
  }
  // Signed out, the address has no account or one that never proved it: name and password make it yours.
  const createsAccount = !signedIn;
  // The account is the one this organisation made when it added the address: nobody else's, nothing to warn about.
  const madeByInvitation = createsAccount && invitation.accountMadeByInvitation;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: InvitationAcceptance = { token };
    if (createsAccount) {
      body.name = name.trim();
      body.password = password;
    }
    accept.mutate(body, { onSuccess: onAccepted });
  };

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
      <form onSubmit={submit} noValidate aria-label="Accept invitation">
        <Stack gap="md">
          <div>
            <Title order={1} size="h3">
              {`Join ${invitation.organisationName}`}
            </Title>
            {madeByInvitation ? (
              <>
                <Text size="sm">
                  {`${invitation.organisationName} invited you to WorkTrackr. Choose a password to join.`}
                </Text>
                <Text size="sm" c="dimmed">
                  {`You were invited as ${invitation.email}. If ${invitation.organisationName} gave you a password, you can `}
                  {/* signing in with that password joins at once (and uses this link up): no way back here */}
                  <Anchor component={Link} to="/login" size="sm">
                    sign in with it
                  </Anchor>
                  {' instead.'}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {`You were invited as ${invitation.email}.`}
              </Text>
            )}
          </div>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          {createsAccount && invitation.unconfirmedAccount && !madeByInvitation && (
            <Alert color="yellow" variant="light" title="This address already has an unconfirmed account">
              <Stack gap="xs">
                <Text size="sm">
                  Someone made a WorkTrackr account with this address but never confirmed it. If it is yours, sign in
                  first: joining then keeps it as it is.
                </Text>
                <Text size="sm">
                  If it is not yours, choose your name and password below. The link proves the address is yours: the
                  account becomes yours, and whoever made it loses it with its password, sessions, API tokens and
                  organisations.
                </Text>
                <Anchor component={Link} to={`/login?next=${encodeURIComponent(back)}`} size="sm" fw={600}>
                  {`Sign in as ${invitation.email}`}
                </Anchor>
              </Stack>
            </Alert>
          )}
          {createsAccount && (
            <TextInput
              label="Your name"
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
            />
          )}
          {createsAccount && (
            <PasswordInput
              label="Choose a password"
              description="At least 8 characters."
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={problem?.fieldError('password')}
            />
          )}
          <Button type="submit" loading={accept.isPending} fullWidth>
            {`Join ${invitation.organisationName}`}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
