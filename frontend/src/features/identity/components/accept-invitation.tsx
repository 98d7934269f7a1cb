import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
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
 * (name + password) or asks the existing account's password (unless that person is signed in),
 * and lands in the new organisation.
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
  const sameperson = signedIn?.user.email.toLowerCase() === invitation.email.toLowerCase();
  const needsPassword = !sameperson;
  const newAccount = !invitation.accountExists;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: InvitationAcceptance = { token };
    if (newAccount) body.name = name.trim();
    if (needsPassword) body.password = password;
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
            <Text size="sm" c="dimmed">
              {`You were invited as ${invitation.email}.`}
            </Text>
          </div>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.status === 401 ? 'The password is wrong.' : problem.humanMessage}
            </Alert>
          )}
          {newAccount && (
            <TextInput
              label="Your name"
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
            />
          )}
          {needsPassword && (
            <PasswordInput
              label={newAccount ? 'Choose a password' : 'Your WorkTrackr password'}
              description={newAccount ? 'At least 8 characters.' : `The password of ${invitation.email}.`}
              required
              autoComplete={newAccount ? 'new-password' : 'current-password'}
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
