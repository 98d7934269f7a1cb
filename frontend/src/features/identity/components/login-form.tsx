import { useState, type SubmitEvent } from 'react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLogin } from '../api/identity-api';
import type { Me } from '../types';

interface LoginFormProps {
  /** Shown above the form, e.g. why the user was sent here. */
  notice?: string;
  onSignedIn: (me: Me) => void;
}

export function LoginForm({ notice, onSignedIn }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const loginMutation = useLogin();
  const problem = loginMutation.error;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    loginMutation.mutate({ email: email.trim(), password }, { onSuccess: (me) => onSignedIn(me) });
  };

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <Stack gap="md">
          <div>
            <Title order={1} size="h3">
              Sign in to WorkTrackr
            </Title>
            <Text size="sm" c="dimmed">
              Your help desk, one queue at a time.
            </Text>
          </div>
          {notice && !problem && (
            <Alert color="yellow" variant="light">
              {notice}
            </Alert>
          )}
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem.status === 401 ? 'Wrong email or password.' : problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem?.fieldError('email')}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the page's one task starts in this field
            autoFocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem?.fieldError('password')}
          />
          <Button type="submit" loading={loginMutation.isPending} fullWidth>
            Sign in
          </Button>
          <Anchor component={Link} to="/reset-password" size="sm" ta="center">
            Forgot your password?
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
