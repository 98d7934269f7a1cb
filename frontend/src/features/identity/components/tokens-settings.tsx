import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { OneTimeSecret } from '@/components/one-time-secret';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { useCreateToken, useRevokeToken, useTokens } from '../api/account-api';
import type { ApiToken, IssuedToken } from '../types';

/** `/settings/tokens`: personal API tokens for scripts (`Authorization: Bearer …`). */
export function TokensSettings() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (token) => {
          setIssued(token);
          setName('');
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="API tokens"
        description="Scripts and tools act as you with a token: send it as “Authorization: Bearer …”."
      />
      {issued && (
        <OneTimeSecret
          label={`Token “${issued.name}”`}
          value={issued.token}
          note="Copy it now: it is shown only once. Anyone with it can act as you until you revoke it."
          onDismiss={() => setIssued(null)}
        />
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={submit} noValidate aria-label="New token">
          <Group align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              label="Token name"
              placeholder="e.g. Nightly export"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={create.error?.fieldError('name')}
              flex={1}
              miw={200}
            />
            <Button type="submit" mt={25} loading={create.isPending} disabled={!name.trim()}>
              Create token
            </Button>
          </Group>
          {create.error && create.error.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert" mt="sm">
              {create.error.humanMessage}
            </Alert>
          )}
        </form>
      </Paper>
      {tokens.isPending && <Loader size="sm" aria-label="Loading tokens" />}
      {tokens.isError && (
        <Alert color="red" variant="light" role="alert">
          {tokens.error.humanMessage}
        </Alert>
      )}
      {tokens.data?.length === 0 && <EmptyState title="No tokens">Create one for each script or tool.</EmptyState>}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label="Tokens">
        {(tokens.data ?? []).map((token) => (
          <Paper key={token.id} withBorder p="sm" radius="md" component="li" aria-label={token.name}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600} size="sm">
                  {token.name}
                </Text>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    Created
                  </Text>
                  <RelativeTime value={token.createdAt} size="xs" c="dimmed" />
                  <Text size="xs" c="dimmed">
                    · last used
                  </Text>
                  {token.lastUsedAt ? (
                    <RelativeTime value={token.lastUsedAt} size="xs" c="dimmed" />
                  ) : (
                    <Text size="xs" c="dimmed">
                      never
                    </Text>
                  )}
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="default"
                color="red"
                aria-label={`Revoke ${token.name}`}
                onClick={() => setRevoking(token)}
              >
                Revoke
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ConfirmDialog
        opened={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        danger
        pending={revoke.isPending}
        error={revoke.error?.humanMessage}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: `Token “${revoking.name}” revoked` });
              setRevoking(null);
            },
          });
        }}
      >
        Scripts using this token stop working at once.
      </ConfirmDialog>
    </Stack>
  );
}
