import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { RelativeTime } from '@/components/relative-time';
import { valueName, type Lookups } from '../describe';
import type { AutomationDryRun } from '../types';

const FIELD_NAMES: Record<string, string> = {
  status: 'Status',
  priority: 'Priority',
  queue: 'Queue',
  assignee: 'Assignee',
  note: 'Note',
  notify: 'Notify',
};

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** What a rule would have done over recent history (the server's replay); `stale` when the rule changed since. */
export function DryRunResult({
  result,
  lookups,
  stale,
}: {
  result: AutomationDryRun;
  lookups: Lookups;
  stale: boolean;
}) {
  const days = result.days === 1 ? 'the last day' : `the last ${result.days} days`;
  return (
    <Paper withBorder p="sm" radius="md" role="region" aria-label="Dry run">
      <Stack gap="xs">
        <Text fw={600} role="status">
          {result.fired === 0
            ? `This rule would not have fired in ${days}.`
            : `This rule would have fired ${times(result.fired)} in ${days}.`}
        </Text>
        <Text size="xs" c="dimmed">
          {result.eventsReplayed} recorded event{result.eventsReplayed === 1 ? '' : 's'} replayed; nothing was changed.
        </Text>
        {stale && (
          <Alert color="yellow" variant="light" p="xs">
            The rule has changed since this preview: preview it again to see what it would do now.
          </Alert>
        )}
        {result.items.length > 0 && (
          <List listStyleType="none" spacing="xs" aria-label="Tickets the rule would have changed" p={0} m={0}>
            {result.items.map((item, index) => (
              <List.Item key={`${item.ticketId}-${item.at}-${index}`}>
                <Stack gap={2}>
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={`/t/${item.number}`} size="sm" fw={600}>
                      #{item.number} {item.title}
                    </Anchor>
                    <RelativeTime value={item.at} size="xs" c="dimmed" />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {/^because\b/i.test(item.because) ? item.because : `because ${item.because}`}
                  </Text>
                  <Group gap={4} wrap="wrap">
                    {item.changes.map((change, i) => (
                      <Badge key={i} variant="light" color="blue" tt="none" size="sm" maw="100%">
                        {FIELD_NAMES[change.field] ?? change.field}: {valueName(change.field, change.from, lookups)} →{' '}
                        {valueName(change.field, change.to, lookups)}
                      </Badge>
                    ))}
                  </Group>
                  {item.note !== null && (
                    <Text size="xs" c="dimmed" fs="italic">
                      Note: {item.note}
                    </Text>
                  )}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
        {result.truncated && (
          <Text size="xs" c="dimmed">
            Showing the first {result.items.length}.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
