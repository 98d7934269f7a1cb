import { useState, type SubmitEvent } from 'react';
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { TimeZoneSelect } from '@/components/time-zone-select';
import type { ApiProblem } from '@/lib/api-problem';
import { WEEKDAYS, type SlaCalendar, type SlaCalendarInput, type SlaHours, type Weekday } from '../types';

const DAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

interface Interval {
  start: string;
  end: string;
}
type Week = Record<Weekday, Interval[]>;

const emptyWeek = (): Week => ({
  monday: [],
  tuesday: [],
  wednesday: [],
  thursday: [],
  friday: [],
  saturday: [],
  sunday: [],
});

function weekOf(hours: SlaHours[]): Week {
  const week = emptyWeek();
  for (const h of hours) week[h.day].push({ start: h.start, end: h.end });
  return week;
}

const officeHours = (): Week => {
  const week = emptyWeek();
  for (const day of WEEKDAYS.slice(0, 5)) week[day] = [{ start: '09:00', end: '17:00' }];
  return week;
};

const allDay = (): Week => {
  const week = emptyWeek();
  for (const day of WEEKDAYS) week[day] = [{ start: '00:00', end: '24:00' }];
  return week;
};

/** The week as the server takes it, and where each `hours[i]` of a refusal sits on screen. */
function flatten(week: Week): { hours: SlaHours[]; at: { day: Weekday; index: number }[] } {
  const hours: SlaHours[] = [];
  const at: { day: Weekday; index: number }[] = [];
  for (const day of WEEKDAYS) {
    week[day].forEach((interval, index) => {
      hours.push({ day, start: interval.start, end: interval.end });
      at.push({ day, index });
    });
  }
  return { hours, at };
}

export interface CalendarFormProps {
  calendar?: SlaCalendar;
  pending: boolean;
  problem: ApiProblem | null;
  onSubmit: (input: SlaCalendarInput) => void;
  onCancel: () => void;
}

/**
 * A business calendar: name, time zone, weekly hours (several intervals a day for split shifts; "24×7" and
 * "Office hours" fill the week) and whole-day holidays. The server's field errors land on the field.
 */
export function CalendarForm({ calendar, pending, problem, onSubmit, onCancel }: CalendarFormProps) {
  const [name, setName] = useState(calendar?.name ?? '');
  const [timeZone, setTimeZone] = useState<string | null>(calendar?.timeZone ?? 'UTC');
  const [week, setWeek] = useState<Week>(() => (calendar ? weekOf(calendar.hours) : officeHours()));
  const [holidays, setHolidays] = useState<string[]>(calendar?.holidays ?? []);
  const [newHoliday, setNewHoliday] = useState('');
  const { at } = flatten(week);

  const intervalError = (day: Weekday, index: number) => {
    const i = at.findIndex((p) => p.day === day && p.index === index);
    return i < 0 ? undefined : problem?.fieldError(`hours[${i}]`);
  };
  const setInterval = (day: Weekday, index: number, change: Partial<Interval>) =>
    setWeek((w) => ({ ...w, [day]: w[day].map((iv, i) => (i === index ? { ...iv, ...change } : iv)) }));
  const addInterval = (day: Weekday) =>
    setWeek((w) => {
      const last = w[day].at(-1);
      const next = last
        ? { start: last.end === '24:00' ? '23:00' : last.end, end: '24:00' }
        : { start: '09:00', end: '17:00' };
      return { ...w, [day]: [...w[day], next] };
    });
  const removeInterval = (day: Weekday, index: number) =>
    setWeek((w) => ({ ...w, [day]: w[day].filter((_, i) => i !== index) }));
  const addHoliday = () => {
    if (newHoliday && !holidays.includes(newHoliday)) setHolidays([...holidays, newHoliday].sort());
    setNewHoliday('');
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ name: name.trim(), timeZone: timeZone ?? '', hours: flatten(week).hours, holidays });
  };
  const general = problem && problem.errors.length === 0 ? problem.humanMessage : undefined;

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label={calendar ? `Edit calendar ${calendar.name}` : 'New calendar'}>
        <Stack gap="sm">
          <Title order={2} size="h5">
            {calendar ? `Edit ${calendar.name}` : 'New business calendar'}
          </Title>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
              flex="1 1 200px"
            />
            <TimeZoneSelect
              label="Time zone"
              value={timeZone}
              onChange={setTimeZone}
              error={problem?.fieldError('timeZone')}
              flex="1 1 200px"
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Stack gap={4}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" fw={500} id="weekly-hours">
                Business hours
              </Text>
              <Group gap="xs">
                <Button size="compact-xs" variant="default" onClick={() => setWeek(officeHours())}>
                  Office hours (Mon–Fri 9–17)
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => setWeek(allDay())}>
                  24×7
                </Button>
              </Group>
            </Group>
            {problem?.fieldError('hours') && (
              <Text size="xs" c="red" role="alert">
                {problem.fieldError('hours')}
              </Text>
            )}
            <Stack gap={6} role="group" aria-labelledby="weekly-hours">
              {WEEKDAYS.map((day) => (
                <Group key={day} gap="xs" align="flex-start" wrap="wrap">
                  <Text size="sm" w={90} pt={4}>
                    {DAY_LABELS[day]}
                  </Text>
                  <Stack gap={4} flex="1 1 220px">
                    {week[day].length === 0 && (
                      <Text size="sm" c="dimmed" pt={4}>
                        Closed
                      </Text>
                    )}
                    {week[day].map((interval, index) => (
                      <Group key={index} gap={6} wrap="nowrap" align="flex-start">
                        <TextInput
                          size="xs"
                          aria-label={`${DAY_LABELS[day]} interval ${index + 1} start`}
                          placeholder="09:00"
                          value={interval.start}
                          onChange={(e) => setInterval(day, index, { start: e.currentTarget.value })}
                          error={intervalError(day, index)}
                          w={90}
                        />
                        <Text size="sm" pt={4}>
                          –
                        </Text>
                        <TextInput
                          size="xs"
                          aria-label={`${DAY_LABELS[day]} interval ${index + 1} end`}
                          placeholder="17:00"
                          value={interval.end}
                          onChange={(e) => setInterval(day, index, { end: e.currentTarget.value })}
                          error={intervalError(day, index) ? ' ' : undefined}
                          w={90}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          mt={2}
                          aria-label={`Remove ${DAY_LABELS[day]} interval ${index + 1}`}
                          onClick={() => removeInterval(day, index)}
                        >
                          <IconX size={14} />
                        </ActionIcon>
                      </Group>
                    ))}
                  </Stack>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPlus size={12} />}
                    onClick={() => addInterval(day)}
                    aria-label={`Add ${DAY_LABELS[day]} interval`}
                  >
                    Interval
                  </Button>
                </Group>
              ))}
            </Stack>
            <Text size="xs" c="dimmed">
              Times as HH:MM in the calendar&apos;s time zone; several intervals a day for split shifts; 24:00 ends the
              day.
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Holidays
            </Text>
            {holidays.length === 0 && (
              <Text size="sm" c="dimmed">
                No holidays.
              </Text>
            )}
            <Group gap={6} wrap="wrap">
              {holidays.map((day, i) => (
                <Group key={day} gap={2} wrap="nowrap">
                  <Text size="sm" c={problem?.fieldError(`holidays[${i}]`) ? 'red' : undefined}>
                    {day}
                  </Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove holiday ${day}`}
                    onClick={() => setHolidays(holidays.filter((h) => h !== day))}
                  >
                    <IconX size={12} />
                  </ActionIcon>
                </Group>
              ))}
            </Group>
            {holidays.map((_, i) => problem?.fieldError(`holidays[${i}]`)).find(Boolean) && (
              <Text size="xs" c="red" role="alert">
                {holidays.map((_, i) => problem?.fieldError(`holidays[${i}]`)).find(Boolean)}
              </Text>
            )}
            <Group gap="xs" align="flex-end">
              <TextInput
                size="xs"
                type="date"
                label="Add a holiday"
                value={newHoliday}
                onChange={(e) => setNewHoliday(e.currentTarget.value)}
              />
              <Button size="xs" variant="default" onClick={addHoliday} disabled={!newHoliday}>
                Add holiday
              </Button>
            </Group>
          </Stack>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <Group gap="xs">
            <Button type="submit" loading={pending}>
              {calendar ? 'Save calendar' : 'Create calendar'}
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
