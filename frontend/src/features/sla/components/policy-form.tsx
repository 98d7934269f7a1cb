import { useState, type SubmitEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ApiProblem } from '@/lib/api-problem';
import {
  PRIORITIES,
  type Priority,
  type SlaCalendar,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaQueueOption,
  type SlaTargets,
} from '../types';
import { DuePreview } from './due-preview';
import { formatBusinessMinutes } from './format';

const PRIORITY_LABELS: Record<Priority, string> = { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' };
const BY_URGENCY: Priority[] = [...PRIORITIES].reverse();

/** The defaults of a new organisation's policy, in business minutes. */
const DEFAULT_TARGETS: Record<Priority, SlaTargets> = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 240 },
  high: { firstResponseMinutes: 240, resolutionMinutes: 480 },
  medium: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
  low: { firstResponseMinutes: 480, resolutionMinutes: 2400 },
};

type TargetDraft = Record<Priority, { firstResponseMinutes: number | ''; resolutionMinutes: number | '' }>;

const toNumber = (value: string | number): number | '' =>
  typeof value === 'number' ? value : value === '' ? '' : Number(value);

export interface PolicyFormProps {
  policy?: SlaPolicy;
  calendars: SlaCalendar[];
  queues: SlaQueueOption[];
  pending: boolean;
  problem: ApiProblem | null;
  onSubmit: (input: SlaPolicyInput) => void;
  onCancel: () => void;
}

/**
 * An SLA policy: what it matches (queues, priorities; none = every ticket), the calendar its targets count on,
 * first-response and resolution targets per priority in business minutes, and when a ticket counts as at risk.
 */
export function PolicyForm({ policy, calendars, queues, pending, problem, onSubmit, onCancel }: PolicyFormProps) {
  const [name, setName] = useState(policy?.name ?? '');
  const [calendarId, setCalendarId] = useState<string | null>(policy?.calendarId ?? calendars[0]?.id ?? null);
  const [queueIds, setQueueIds] = useState<string[]>(policy?.queueIds ?? []);
  const [priorities, setPriorities] = useState<string[]>(policy?.priorities ?? []);
  const [targets, setTargets] = useState<TargetDraft>(() => ({ ...(policy?.targets ?? DEFAULT_TARGETS) }));
  const [atRiskPercent, setAtRiskPercent] = useState<number | ''>(policy?.atRiskPercent ?? 25);
  const [atRiskFloorMinutes, setAtRiskFloorMinutes] = useState<number | ''>(policy?.atRiskFloorMinutes ?? 15);

  const setTarget = (priority: Priority, field: keyof SlaTargets, value: number | '') =>
    setTargets((t) => ({ ...t, [priority]: { ...t[priority], [field]: value } }));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sent = {} as Record<Priority, SlaTargets>;
    for (const p of PRIORITIES) {
      // an empty box goes out as 0, which the server refuses on that very field
      sent[p] = {
        firstResponseMinutes: targets[p].firstResponseMinutes === '' ? 0 : targets[p].firstResponseMinutes,
        resolutionMinutes: targets[p].resolutionMinutes === '' ? 0 : targets[p].resolutionMinutes,
      };
    }
    onSubmit({
      name: name.trim(),
      calendarId: calendarId ?? '',
      queueIds,
      priorities: priorities as Priority[],
      targets: sent,
      atRiskPercent: atRiskPercent === '' ? 0 : atRiskPercent,
      atRiskFloorMinutes: atRiskFloorMinutes === '' ? 0 : atRiskFloorMinutes,
    });
  };
  const general = problem && problem.errors.length === 0 ? problem.humanMessage : undefined;
  const targetCell = (p: Priority, field: keyof SlaTargets, label: string) => {
    const value = targets[p][field];
    return (
      <NumberInput
        size="xs"
        aria-label={`${PRIORITY_LABELS[p]} ${label} (business minutes)`}
        min={1}
        max={525600}
        allowDecimal={false}
        allowNegative={false}
        value={value}
        onChange={(v) => setTarget(p, field, toNumber(v))}
        error={problem?.fieldError(`targets.${p}.${field}`)}
        description={typeof value === 'number' && value > 0 ? formatBusinessMinutes(value) : undefined}
        inputWrapperOrder={['input', 'description', 'error']}
        miw={90}
      />
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label={policy ? `Edit policy ${policy.name}` : 'New policy'}>
        <Stack gap="sm">
          <Title order={2} size="h5">
            {policy ? `Edit ${policy.name}` : 'New SLA policy'}
          </Title>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
              flex="1 1 200px"
            />
            <Select
              label="Business calendar"
              data={calendars.map((c) => ({ value: c.id, label: c.name }))}
              value={calendarId}
              onChange={setCalendarId}
              allowDeselect={false}
              error={problem?.fieldError('calendarId')}
              flex="1 1 200px"
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <MultiSelect
              label="Queues"
              description="None: every queue"
              placeholder={queueIds.length === 0 ? 'Any queue' : undefined}
              data={queues.map((q) => ({ value: q.id, label: q.name }))}
              value={queueIds}
              onChange={setQueueIds}
              clearable
              searchable
              error={problem?.fieldError('queueIds')}
              flex="1 1 200px"
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label="Priorities"
              description="None: every priority"
              placeholder={priorities.length === 0 ? 'Any priority' : undefined}
              data={BY_URGENCY.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
              value={priorities}
              onChange={setPriorities}
              clearable
              error={problem?.fieldError('priorities')}
              flex="1 1 200px"
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={4} horizontalSpacing="xs" aria-label="Targets in business minutes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>First response</Table.Th>
                  <Table.Th>Resolution</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {BY_URGENCY.map((p) => (
                  <Table.Tr key={p}>
                    <Table.Td>
                      <Text size="sm">{PRIORITY_LABELS[p]}</Text>
                    </Table.Td>
                    <Table.Td>{targetCell(p, 'firstResponseMinutes', 'first response')}</Table.Td>
                    <Table.Td>{targetCell(p, 'resolutionMinutes', 'resolution')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            Targets count business minutes of the calendar (a business day is 8 h). A first response can never be due
            after the resolution.
          </Text>
          <DuePreview
            calendarId={calendarId}
            rows={BY_URGENCY.map((p) => ({ priority: p, label: PRIORITY_LABELS[p], ...targets[p] }))}
          />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NumberInput
              label="At risk at % of the target left"
              min={0}
              max={100}
              allowDecimal={false}
              value={atRiskPercent}
              onChange={(v) => setAtRiskPercent(toNumber(v))}
              error={problem?.fieldError('atRiskPercent')}
              flex="1 1 200px"
            />
            <NumberInput
              label="…or at most these minutes left"
              min={0}
              allowDecimal={false}
              value={atRiskFloorMinutes}
              onChange={(v) => setAtRiskFloorMinutes(toNumber(v))}
              error={problem?.fieldError('atRiskFloorMinutes')}
              flex="1 1 200px"
            />
          </Group>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <Group gap="xs">
            <Button type="submit" loading={pending}>
              {policy ? 'Save policy' : 'Create policy'}
            </Button>
            <Button variant="default" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
