import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/page-header';
import {
  useChangeSlaCalendar,
  useChangeSlaPolicy,
  useCreateSlaCalendar,
  useCreateSlaPolicy,
  useDeleteSlaCalendar,
  useDeleteSlaPolicy,
  useReorderSlaPolicies,
  useSlaCalendars,
  useSlaPolicies,
  useSlaRecompute,
} from '../api/sla-admin-api';
import { PRIORITIES, WEEKDAYS, type SlaCalendar, type SlaPolicy, type SlaQueueOption } from '../types';
import { CalendarForm } from './calendar-form';
import { formatBusinessMinutes } from './format';
import { PolicyForm } from './policy-form';
import classes from './sla-settings.module.css';

type Editing = { kind: 'policy'; id: string | null } | { kind: 'calendar'; id: string | null } | null;

function RecomputeProgress() {
  const recompute = useSlaRecompute();
  const left = recompute.data?.ticketsLeft ?? 0;
  if (left === 0) return null;
  return (
    <Alert color="blue" variant="light" role="status" mb="md" icon={<Loader size="xs" />}>
      Recomputing due times of open tickets: {left} ticket{left === 1 ? '' : 's'} left.
    </Alert>
  );
}

function matchSummary(policy: SlaPolicy, queues: SlaQueueOption[]) {
  const queueNames = policy.queueIds.map((id) => queues.find((q) => q.id === id)?.name ?? 'a removed queue');
  const parts = [
    queueNames.length > 0 ? `queue ${queueNames.join(', ')}` : null,
    policy.priorities.length > 0 ? `priority ${policy.priorities.join(', ')}` : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'Every ticket' : `Tickets in ${parts.join(' with ')}`;
}

function hoursSummary(calendar: SlaCalendar) {
  const days = WEEKDAYS.filter((d) => calendar.hours.some((h) => h.day === d));
  const allDay = calendar.hours.length === 7 && calendar.hours.every((h) => h.start === '00:00' && h.end === '24:00');
  if (allDay) return '24×7';
  return days
    .map(
      (d) =>
        `${d.slice(0, 3).replace(/^./, (c) => c.toUpperCase())} ${calendar.hours
          .filter((h) => h.day === d)
          .map((h) => `${h.start}–${h.end}`)
          .join(', ')}`,
    )
    .join(' · ');
}

/** `/settings/sla` (admins): the ordered SLA policies and the business calendars they count on. */
export function SlaSettings({ queues }: { queues: SlaQueueOption[] }) {
  const policies = useSlaPolicies();
  const calendars = useSlaCalendars();
  const createPolicy = useCreateSlaPolicy();
  const changePolicy = useChangeSlaPolicy();
  const deletePolicy = useDeleteSlaPolicy();
  const reorder = useReorderSlaPolicies();
  const createCalendar = useCreateSlaCalendar();
  const changeCalendar = useChangeSlaCalendar();
  const deleteCalendar = useDeleteSlaCalendar();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<{ kind: 'policy' | 'calendar'; id: string; name: string } | null>(null);

  const startEditing = (next: Editing) => {
    createPolicy.reset();
    changePolicy.reset();
    createCalendar.reset();
    changeCalendar.reset();
    setEditing(next);
  };
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    setEditing(null);
  };

  if (policies.isPending || calendars.isPending) return <Loader size="sm" aria-label="Loading SLA settings" />;
  if (policies.isError || calendars.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {(policies.error ?? calendars.error)?.humanMessage}
      </Alert>
    );
  }
  const ordered = policies.data;
  const move = (index: number, direction: -1 | 1) => {
    const ids = ordered.map((p) => p.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + direction, 0, moved);
    reorder.mutate(ids);
  };
  const calendarName = (id: string) => calendars.data.find((c) => c.id === id)?.name ?? 'unknown calendar';
  const deleteMutation = deleting?.kind === 'calendar' ? deleteCalendar : deletePolicy;

  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          title="SLA policies"
          description="The first policy whose queues and priorities match a ticket sets its first-response and resolution targets. Changes apply to open tickets too."
          action={
            editing?.kind !== 'policy' && (
              <Button onClick={() => startEditing({ kind: 'policy', id: null })} disabled={calendars.data.length === 0}>
                New policy
              </Button>
            )
          }
        />
        <RecomputeProgress />
        {reorder.isError && (
          <Alert color="red" variant="light" role="alert" mb="sm">
            {reorder.error.humanMessage}
          </Alert>
        )}
        {editing?.kind === 'policy' && editing.id === null && (
          <PolicyForm
            calendars={calendars.data}
            queues={queues}
            pending={createPolicy.isPending}
            problem={createPolicy.error}
            onCancel={() => setEditing(null)}
            onSubmit={(input) => createPolicy.mutate(input, { onSuccess: (p) => done(`Policy “${p.name}” created`) })}
          />
        )}
        <Stack
          component="ol"
          gap="xs"
          p={0}
          m={0}
          mt="sm"
          className={classes.list}
          aria-label="Policies in match order"
        >
          {ordered.map((policy, index) =>
            editing?.kind === 'policy' && editing.id === policy.id ? (
              <li key={policy.id}>
                <PolicyForm
                  policy={policy}
                  calendars={calendars.data}
                  queues={queues}
                  pending={changePolicy.isPending}
                  problem={changePolicy.error}
                  onCancel={() => setEditing(null)}
                  onSubmit={(input) =>
                    changePolicy.mutate(
                      { id: policy.id, policy: input },
                      { onSuccess: (p) => done(`Policy “${p.name}” saved`) },
                    )
                  }
                />
              </li>
            ) : (
              <Paper key={policy.id} withBorder p="sm" radius="md" component="li" aria-label={policy.name}>
                <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                  <Stack gap={2} miw={0} flex="1 1 260px">
                    <Group gap="xs">
                      <Badge variant="light" color="gray" size="sm">
                        {index + 1}
                      </Badge>
                      <Text fw={600}>{policy.name}</Text>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {matchSummary(policy, queues)} · on {calendarName(policy.calendarId)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[...PRIORITIES]
                        .reverse()
                        .map(
                          (p) =>
                            `${p} ${formatBusinessMinutes(policy.targets[p].firstResponseMinutes)} / ${formatBusinessMinutes(policy.targets[p].resolutionMinutes)}`,
                        )
                        .join(' · ')}{' '}
                      · at risk at {policy.atRiskPercent} % or {policy.atRiskFloorMinutes} m left
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${policy.name} up`}
                      disabled={index === 0 || reorder.isPending}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${policy.name} down`}
                      disabled={index === ordered.length - 1 || reorder.isPending}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <Button size="xs" variant="default" onClick={() => startEditing({ kind: 'policy', id: policy.id })}>
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        deletePolicy.reset();
                        setDeleting({ kind: 'policy', id: policy.id, name: policy.name });
                      }}
                    >
                      Delete
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ),
          )}
        </Stack>
        {ordered.length === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            No policies: tickets have no SLA.
          </Text>
        )}
      </div>

      <div>
        <Group justify="space-between" align="flex-start" mb="sm">
          <Stack gap={2}>
            <Title order={2} size="h4">
              Business calendars
            </Title>
            <Text size="sm" c="dimmed">
              When the clocks run: a time zone, weekly hours and holidays.
            </Text>
          </Stack>
          {editing?.kind !== 'calendar' && (
            <Button variant="default" onClick={() => startEditing({ kind: 'calendar', id: null })}>
              New calendar
            </Button>
          )}
        </Group>
        {editing?.kind === 'calendar' && editing.id === null && (
          <CalendarForm
            pending={createCalendar.isPending}
            problem={createCalendar.error}
            onCancel={() => setEditing(null)}
            onSubmit={(input) =>
              createCalendar.mutate(input, { onSuccess: (c) => done(`Calendar “${c.name}” created`) })
            }
          />
        )}
        <Stack component="ul" gap="xs" p={0} m={0} mt="sm" className={classes.list} aria-label="Business calendars">
          {calendars.data.map((calendar) =>
            editing?.kind === 'calendar' && editing.id === calendar.id ? (
              <li key={calendar.id}>
                <CalendarForm
                  calendar={calendar}
                  pending={changeCalendar.isPending}
                  problem={changeCalendar.error}
                  onCancel={() => setEditing(null)}
                  onSubmit={(input) =>
                    changeCalendar.mutate(
                      { id: calendar.id, calendar: input },
                      { onSuccess: (c) => done(`Calendar “${c.name}” saved`) },
                    )
                  }
                />
              </li>
            ) : (
              <Paper key={calendar.id} withBorder p="sm" radius="md" component="li" aria-label={calendar.name}>
                <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                  <Stack gap={2} miw={0} flex="1 1 260px">
                    <Text fw={600}>{calendar.name}</Text>
                    <Text size="sm" c="dimmed">
                      {calendar.timeZone} · {hoursSummary(calendar)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {calendar.holidays.length === 0
                        ? 'No holidays'
                        : `${calendar.holidays.length} holiday${calendar.holidays.length === 1 ? '' : 's'}: ${calendar.holidays.join(', ')}`}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => startEditing({ kind: 'calendar', id: calendar.id })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        deleteCalendar.reset();
                        setDeleting({ kind: 'calendar', id: calendar.id, name: calendar.name });
                      }}
                    >
                      Delete
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ),
          )}
        </Stack>
      </div>

      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? ''}?`}
        confirmLabel="Delete"
        danger
        pending={deleteMutation.isPending}
        error={deleteMutation.error?.humanMessage}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          deleteMutation.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: `“${deleting.name}” deleted` });
              setDeleting(null);
            },
          });
        }}
      >
        {deleting?.kind === 'calendar'
          ? 'The calendar goes for good. A calendar a policy uses cannot be deleted.'
          : 'The policy goes for good. A policy that tickets’ clocks run on cannot be deleted; change its match instead.'}
      </ConfirmDialog>
    </Stack>
  );
}
