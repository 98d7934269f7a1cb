import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { useEndOtherSessions, useEndSession, useSessions } from '../api/account-api';

/** `/settings/sessions`: where I am signed in; sign out one or all other sessions. */
export function SessionsSettings() {
  const sessions = useSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const [confirmAll, setConfirmAll] = useState(false);
  const others = (sessions.data ?? []).filter((s) => !s.current);

  return (
    <Stack gap="md">
      <PageHeader
        title="Sessions"
        description="Browsers where you are signed in. Signing one out ends it at once."
        action={
          others.length > 0 && (
            <Button variant="light" color="red" onClick={() => setConfirmAll(true)}>
              Sign out all other sessions
            </Button>
          )
        }
      />
      {sessions.isPending && <Loader size="sm" aria-label="Loading sessions" />}
      {sessions.isError && (
        <Alert color="red" variant="light" role="alert">
          {sessions.error.humanMessage}
        </Alert>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label="Sessions">
        {(sessions.data ?? []).map((session) => {
          const ending = endOne.isPending && endOne.variables === session.id;
          return (
            <Paper key={session.id} withBorder p="sm" radius="md" component="li" aria-label={session.device}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {session.device}
                    </Text>
                    {session.current && (
                      <Badge size="sm" variant="light" color="teal">
                        This browser
                      </Badge>
                    )}
                  </Group>
                  <Group gap={4}>
                    <Text size="xs" c="dimmed">
                      Last used
                    </Text>
                    <RelativeTime value={session.lastUsedAt} size="xs" c="dimmed" />
                    <Text size="xs" c="dimmed">
                      · signed in
                    </Text>
                    <RelativeTime value={session.createdAt} size="xs" c="dimmed" />
                  </Group>
                </Stack>
                {!session.current && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={ending}
                    aria-label={`Sign out ${session.device}`}
                    onClick={() =>
                      endOne.mutate(session.id, {
                        onSuccess: () => notifications.show({ color: 'teal', message: 'Session signed out' }),
                        onError: (problem) =>
                          notifications.show({
                            color: 'red',
                            title: 'Could not sign out the session',
                            message: problem.humanMessage,
                          }),
                      })
                    }
                  >
                    Sign out
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <ConfirmDialog
        opened={confirmAll}
        title="Sign out all other sessions?"
        confirmLabel="Sign out others"
        danger
        pending={endOthers.isPending}
        error={endOthers.error?.humanMessage}
        onClose={() => {
          setConfirmAll(false);
          endOthers.reset();
        }}
        onConfirm={() =>
          endOthers.mutate(undefined, {
            onSuccess: () => {
              setConfirmAll(false);
              notifications.show({ color: 'teal', message: 'Other sessions signed out' });
            },
          })
        }
      >
        {`${others.length} other session${others.length === 1 ? '' : 's'} will have to sign in again. This browser stays signed in.`}
      </ConfirmDialog>
    </Stack>
  );
}
