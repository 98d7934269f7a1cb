import { useState, type SubmitEvent } from 'react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../api/account-api';

/** "Forgot password": asks for the address; the answer is the same whether it has an account or not. */
export function RequestPasswordReset() {
  const [email, setEmail] = useState('');
  const request = useRequestPasswordReset();
  const problem = request.error;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };

  if (request.isSuccess) {
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
        <Stack gap="sm">
          <Title order={1} size="h3">
            Check your e-mail
          </Title>
          <Text size="sm" role="status">
            {`If ${email.trim()} has a WorkTrackr account, a link to choose a new password is on its way. It works once, for one hour.`}
          </Text>
          <Anchor component={Link} to="/login" size="sm">
            Back to sign in
          </Anchor>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <form onSubmit={submit} noValidate aria-label="Reset password">
        <Stack gap="md">
          <div>
            <Title order={1} size="h3">
              Forgot your password?
            </Title>
            <Text size="sm" c="dimmed">
              We e-mail you a link to choose a new one.
            </Text>
          </div>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem?.fieldError('email')}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            Send the link
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** The page the e-mailed link opens (`#token=…`): choose a new password; every session of the person ends. */
export function ChooseNewPassword({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const confirm = useConfirmPasswordReset();
  const problem = confirm.error;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate({ token, newPassword: password });
  };

  if (confirm.isSuccess) {
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
        <Stack gap="sm">
          <Title order={1} size="h3">
            Password changed
          </Title>
          <Text size="sm" role="status">
            Your new password is set, and every device that was signed in has been signed out.
          </Text>
          <Button component={Link} to="/login" fullWidth>
            Sign in
          </Button>
        </Stack>
      </Paper>
    );
  }
  const linkUnusable = problem?.status === 404;
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <form onSubmit={submit} noValidate aria-label="Choose a new password">
        <Stack gap="md">
          <Title order={1} size="h3">
            Choose a new password
          </Title>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {linkUnusable ? 'This link has expired or was used already. Ask for a new one.' : problem.humanMessage}
            </Alert>
          )}
          {linkUnusable ? (
            <Anchor component={Link} to="/reset-password" size="sm">
              Send a new link
            </Anchor>
          ) : (
            <>
              <PasswordInput
                label="New password"
                description="At least 8 characters."
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={problem?.fieldError('newPassword')}
              />
              <Button type="submit" loading={confirm.isPending} fullWidth>
                Set the new password
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
