import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useConfirmEmail } from '../api/account-api';

/**
 * The page the e-mailed confirmation link opens (`/confirm-email#token=…`). It confirms only on a click, so a mail
 * scanner that opens links cannot use it, and the token stays in the fragment (never sent to a server log).
 */
export function ConfirmEmail({ token }: { token: string }) {
  const confirm = useConfirmEmail();
  const problem = confirm.error;

  if (confirm.isSuccess) {
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
        <Stack gap="sm">
          <Title order={1} size="h3">
            E-mail address confirmed
          </Title>
          <Text size="sm" role="status">
            {confirm.data.changed
              ? `Your e-mail address is now ${confirm.data.email}. Sign in with it from now on.`
              : `${confirm.data.email} is confirmed as your address.`}
          </Text>
          <Button component={Link} to="/" fullWidth>
            Continue
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <Stack gap="md">
        <Title order={1} size="h3">
          Confirm your e-mail address
        </Title>
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem.status === 404
              ? 'This link has expired or was used already. Ask for a new one on your profile page.'
              : problem.humanMessage}
          </Alert>
        )}
        {!token ? (
          <Alert color="red" variant="light" role="alert">
            This link is incomplete. Open the link from the e-mail again.
          </Alert>
        ) : (
          <Button
            loading={confirm.isPending}
            disabled={problem?.status === 404}
            onClick={() => confirm.mutate({ token })}
          >
            Confirm my address
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
