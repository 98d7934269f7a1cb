import { Alert, Button, Code, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { actionLabel } from '../action-labels';
import { useAudit } from '../api/audit-api';
import type { AuditEntry } from '../types';

function hasDetails(details: unknown): boolean {
  if (details === null || details === undefined) return false;
  if (typeof details === 'object') return Object.keys(details).length > 0;
  return true;
}

function AuditLine({ entry }: { entry: AuditEntry }) {
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} miw={0} flex="1 1 260px">
          <Text size="sm">
            <Text span fw={600}>
              {entry.actor.name}
            </Text>{' '}
            {entry.summary}
          </Text>
          <Text size="xs" c="dimmed" title={entry.action} data-testid="audit-action">
            {actionLabel(entry.action)}
          </Text>
        </Stack>
        <RelativeTime value={entry.at} size="xs" c="dimmed" />
      </Group>
      {hasDetails(entry.details) && (
        <details>
          <summary>
            <Text span size="xs" c="dimmed">
              Details
            </Text>
          </summary>
          <Code block mt={4}>
            {JSON.stringify(entry.details, null, 2)}
          </Code>
        </details>
      )}
    </Paper>
  );
}

/** `/settings/audit` (admins): who changed what, and when — newest first. */
export function AuditSettings() {
  const audit = useAudit();
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title="Audit trail"
        description="Every change to members, roles, queues, settings and tokens, and every e-mail retried or discarded in the outbox, with who did it."
      />
      {audit.isPending && <Loader size="sm" aria-label="Loading the audit trail" />}
      {audit.isError && (
        <Alert color="red" variant="light" role="alert">
          {audit.error.humanMessage}
        </Alert>
      )}
      {audit.data && entries.length === 0 && <EmptyState title="Nothing recorded yet" />}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label="Audit trail">
        {entries.map((entry) => (
          <AuditLine key={entry.id} entry={entry} />
        ))}
      </Stack>
      {audit.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
            Load older entries
          </Button>
        </Group>
      )}
    </Stack>
  );
}
