import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '@/components/page-header';
import { TimeZoneSelect } from '@/components/time-zone-select';
import { useChangePreferences, usePreferences } from '../api/notifications-api';
import {
  EMAIL_DELIVERIES,
  type EmailDelivery,
  type KindPreference,
  type NotificationPreferences,
  type NotificationPreferencesChange,
} from '../types';

// A kind the server adds later still shows, by its name.
const KIND_LABELS: Partial<Record<string, { label: string; description: string }>> = {
  assigned: { label: 'Assigned to you', description: 'Someone else assigns you a ticket.' },
  mentioned: { label: 'Mentioned', description: 'Someone @mentions you in a reply or note.' },
  replied: { label: 'Replies', description: 'A public reply on a ticket assigned to you.' },
  noted: { label: 'Internal notes', description: 'An internal note on a ticket assigned to you.' },
  reopened: { label: 'Reopened', description: 'A resolved or closed ticket of yours is reopened.' },
  sla_at_risk: { label: 'SLA at risk', description: 'A ticket of yours is about to miss its target.' },
  sla_breached: { label: 'SLA breached', description: 'A ticket of yours missed its target.' },
};

const EMAIL_LABELS: Record<EmailDelivery, string> = {
  off: 'Off',
  immediately: 'Immediately',
  daily: 'Daily digest',
};

const asDelivery = (value: string): EmailDelivery => EMAIL_DELIVERIES.find((delivery) => delivery === value) ?? 'off';

const HOURS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, '0')}:00`,
}));

const kindLabel = (kind: string) => KIND_LABELS[kind]?.label ?? kind;

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const [kinds, setKinds] = useState<KindPreference[]>(saved.kinds);
  const [digestHour, setDigestHour] = useState(saved.digestHour);
  const [timeZone, setTimeZone] = useState(saved.timeZone);
  const change = useChangePreferences();
  const problem = change.error;

  const request: NotificationPreferencesChange = {};
  const changedKinds = kinds.filter((k) => {
    const before = saved.kinds.find((s) => s.kind === k.kind);
    return !before || before.inApp !== k.inApp || before.email !== k.email;
  });
  if (changedKinds.length > 0) request.kinds = changedKinds;
  if (digestHour !== saved.digestHour) request.digestHour = digestHour;
  if (timeZone !== saved.timeZone) request.timeZone = timeZone;
  const dirty = Object.keys(request).length > 0;
  const usesDigest = kinds.some((k) => k.email === 'daily');

  const update = (kind: string, patch: Partial<KindPreference>) =>
    setKinds((list) => list.map((k) => (k.kind === kind ? { ...k, ...patch } : k)));

  /** The server names a kind's field by its index in the request (`kinds[0].email`). */
  const kindError = (kind: string, field: 'inApp' | 'email') => {
    const index = request.kinds?.findIndex((k) => k.kind === kind) ?? -1;
    return index >= 0 ? problem?.fieldError(`kinds[${index}].${field}`) : undefined;
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return;
    change.mutate(request, {
      onSuccess: (answer) => {
        setKinds(answer.kinds);
        setDigestHour(answer.digestHour);
        setTimeZone(answer.timeZone);
        notifications.show({ color: 'teal', message: 'Notification settings saved' });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Notification settings">
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem.errors.length > 0 ? 'Some settings were not accepted; nothing was changed.' : problem.humanMessage}
          </Alert>
        )}
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={340}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th w={90}>In the app</Table.Th>
                  <Table.Th w={170}>E-mail</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {kinds.map((k) => (
                  <Table.Tr key={k.kind}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {kindLabel(k.kind)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {KIND_LABELS[k.kind]?.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        checked={k.inApp}
                        onChange={(e) => update(k.kind, { inApp: e.currentTarget.checked })}
                        aria-label={`${kindLabel(k.kind)}: in the app`}
                        error={kindError(k.kind, 'inApp')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${kindLabel(k.kind)}: e-mail`}
                        size="xs"
                        allowDeselect={false}
                        value={k.email}
                        data={EMAIL_DELIVERIES.map((value) => ({ value, label: EMAIL_LABELS[value] }))}
                        onChange={(value) => value && update(k.kind, { email: asDelivery(value) })}
                        error={kindError(k.kind, 'email')}
                        comboboxProps={{ withinPortal: true }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm" maw={480}>
            <Text fw={600} size="sm">
              Daily digest
            </Text>
            <Text size="xs" c="dimmed">
              {usesDigest
                ? 'One e-mail a day with what the kinds set to "Daily digest" brought since the last one.'
                : 'Used when a kind is set to "Daily digest".'}
            </Text>
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label="Sent at"
                allowDeselect={false}
                value={String(digestHour)}
                data={HOURS}
                onChange={(value) => value !== null && setDigestHour(Number(value))}
                error={problem?.fieldError('digestHour')}
                comboboxProps={{ withinPortal: true }}
                miw={140}
              />
              <TimeZoneSelect
                label="Time zone"
                value={timeZone}
                onChange={(value) => value && setTimeZone(value)}
                error={problem?.fieldError('timeZone')}
                miw={200}
              />
            </Group>
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={change.isPending} disabled={!dirty}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/settings/notifications`: per kind, in the app on/off and e-mail off/immediately/daily; the digest time. */
export function NotificationPreferencesSettings() {
  const preferences = usePreferences();
  return (
    <Stack gap="md">
      <PageHeader
        title="Notifications"
        description="What you are told about, in the app and by e-mail. These settings are yours, in every organisation."
      />
      {preferences.isPending && <Loader size="sm" aria-label="Loading notification settings" />}
      {preferences.isError && (
        <Alert color="red" variant="light" role="alert">
          {preferences.error.humanMessage}
        </Alert>
      )}
      {preferences.data && <PreferencesForm saved={preferences.data} />}
    </Stack>
  );
}
