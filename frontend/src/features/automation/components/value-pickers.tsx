import { useState } from 'react';
import { Group, NumberInput, Select, type ComboboxItem } from '@mantine/core';
import { PRIORITY_LABELS, STATUS_LABELS } from '../labels';
import { PRIORITIES, STATUSES, type AutomationMemberOption, type AutomationQueueOption } from '../types';

export const statusOptions: ComboboxItem[] = STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
export const priorityOptions: ComboboxItem[] = [...PRIORITIES]
  .reverse()
  .map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));
export const queueOptions = (queues: AutomationQueueOption[]): ComboboxItem[] =>
  queues.filter((q) => !q.archived).map((q) => ({ value: q.id, label: q.name }));
export const memberOptions = (members: AutomationMemberOption[]): ComboboxItem[] =>
  members.map((m) => ({ value: m.id, label: m.name }));

/** Mantine's select takes strings only: this stands for `null` where null means something ("any", "the ticket's queue"). */
export const NULL_OPTION = '__none__';
export const fromOption = (value: string | null) => (value === NULL_OPTION ? null : value);
export const toOption = (value: string | null) => value ?? NULL_OPTION;

interface PickerProps {
  label: string;
  value: string | null;
  data: ComboboxItem[];
  onChange: (value: string | null) => void;
  error?: string;
  placeholder?: string;
}

/** A select of known values (no free text); shows the server's error for its field. */
export function Picker({ label, value, data, onChange, error, placeholder }: PickerProps) {
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      searchable={data.length > 8}
      placeholder={placeholder ?? 'Choose…'}
      error={error}
      comboboxProps={{ withinPortal: true }}
      flex="1 1 160px"
      miw={0}
    />
  );
}

const UNITS = [
  { value: '1', label: 'minutes' },
  { value: '60', label: 'hours' },
  { value: '1440', label: 'days' },
];
const unitOf = (minutes: number | null) =>
  minutes !== null && minutes > 0 && minutes % 1440 === 0
    ? 1440
    : minutes !== null && minutes > 0 && minutes % 60 === 0
      ? 60
      : minutes === null
        ? 60
        : 1;

/** A duration sent as minutes, entered as an amount and a unit. */
export function DurationInput({
  label,
  minutes,
  onChange,
  error,
}: {
  label: string;
  minutes: number | null;
  onChange: (minutes: number | null) => void;
  error?: string;
}) {
  const [unit, setUnit] = useState(() => unitOf(minutes));
  const amount = minutes === null ? '' : minutes / unit;
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" flex="1 1 220px">
      <NumberInput
        label={label}
        value={amount}
        min={1}
        allowNegative={false}
        allowDecimal={false}
        onChange={(v) => onChange(v === '' ? null : Math.round(Number(v) * unit))}
        error={error}
        flex="1 1 100px"
        miw={0}
      />
      <Select
        label="Unit"
        data={UNITS}
        value={String(unit)}
        allowDeselect={false}
        onChange={(v) => {
          const next = Number(v ?? '60');
          setUnit(next);
          if (typeof amount === 'number') onChange(amount * next);
        }}
        comboboxProps={{ withinPortal: true }}
        w={110}
      />
    </Group>
  );
}
