import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useSlaDueTimes } from '../api/sla-admin-api';
import type { Priority } from '../types';

const MAX_MINUTES = 525_600;

const at = (iso: string) => dayjs(iso).format('ddd D MMM, HH:mm');

export interface DuePreviewRow {
  priority: Priority;
  label: string;
  firstResponseMinutes: number | '';
  resolutionMinutes: number | '';
}

const valid = (minutes: number | ''): minutes is number =>
  typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES;

/**
 * "A ticket created now would be due at …" per priority, for the targets as typed and the chosen calendar. The due
 * times come from the server (the same arithmetic as a new ticket's clock); a target the server has not answered for
 * yet shows "…", an invalid one "—".
 */
export function DuePreview({ calendarId, rows }: { calendarId: string | null; rows: DuePreviewRow[] }) {
  const wanted = [...new Set(rows.flatMap((r) => [r.firstResponseMinutes, r.resolutionMinutes]).filter(valid))].sort(
    (a, b) => a - b,
  );
  const [minutes] = useDebouncedValue(wanted, 400);
  const preview = useSlaDueTimes(calendarId, minutes);
  const dueAt = new Map((preview.data?.dueTimes ?? []).map((d) => [d.businessMinutes, d.dueAt]));
  const cell = (target: number | '') => {
    if (!valid(target)) return '—';
    const due = dueAt.get(target);
    return due === undefined ? '…' : at(due);
  };

  return (
    <Stack gap={4} component="section" aria-labelledby="sla-due-preview">
      <Text size="sm" fw={600} id="sla-due-preview">
        Preview
      </Text>
      {preview.isError ? (
        <Alert color="red" variant="light" role="alert">
          {preview.error.humanMessage}
        </Alert>
      ) : preview.data ? (
        <>
          <Text size="xs" c="dimmed" role="status">
            {`A ticket created now (${at(preview.data.from)}) would be due at these times (in your time zone; the calendar counts business hours in ${preview.data.timeZone}):`}
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={2} horizontalSpacing="xs" aria-label="Due times of a ticket created now">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>First response due</Table.Th>
                  <Table.Th>Resolution due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.priority}>
                    <Table.Td>{row.label}</Table.Td>
                    <Table.Td>{cell(row.firstResponseMinutes)}</Table.Td>
                    <Table.Td>{cell(row.resolutionMinutes)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : calendarId === null || minutes.length === 0 ? (
        <Text size="xs" c="dimmed">
          Choose a calendar and targets to see when a ticket created now would be due.
        </Text>
      ) : (
        <Loader size="xs" aria-label="Working out the due times" />
      )}
    </Stack>
  );
}
