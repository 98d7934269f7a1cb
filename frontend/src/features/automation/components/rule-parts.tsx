import {
  ActionIcon,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  type ComboboxItem,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ApiProblem } from '@/lib/api-problem';
import {
  ACTION_DESCRIPTIONS,
  ACTION_LABELS,
  CHANGED_FIELD_LABELS,
  CONDITION_FIELD_LABELS,
  OPERATORS_BY_FIELD,
  OPERATOR_LABELS,
  TIME_TRIGGERS,
  TRIGGER_LABELS,
} from '../labels';
import {
  AUTOMATION_CHANGED_FIELDS,
  AUTOMATION_CONDITION_FIELDS,
  AUTOMATION_TRIGGER_TYPES,
  type AutomationAction,
  type AutomationChangedField,
  type AutomationCondition,
  type AutomationConditionField,
  type AutomationOperator,
  type AutomationTrigger,
  type AutomationTriggerType,
  type TicketStatus,
} from '../types';
import {
  DurationInput,
  NULL_OPTION,
  Picker,
  fromOption,
  memberOptions,
  priorityOptions,
  queueOptions,
  statusOptions,
  toOption,
} from './value-pickers';
import type { Lookups } from '../describe';

/** The field errors of the last refusal, looked up by the server's names (`actions[0].value`). */
export type FieldErrors = (field: string) => string | undefined;
export const fieldErrorsOf =
  (problem: ApiProblem | null, prefix = ''): FieldErrors =>
  (field) =>
    problem?.fieldError(prefix + field);

/** The kinds of value a rule picks from a list, each with its label and its choices. */
type ValueKind = 'status' | 'priority' | 'queue' | 'person';
const VALUE_KINDS: Record<ValueKind, { label: string; options: (lookups: Lookups) => ComboboxItem[] }> = {
  status: { label: 'Status', options: () => statusOptions },
  priority: { label: 'Priority', options: () => priorityOptions },
  queue: { label: 'Queue', options: (lookups) => queueOptions(lookups.queues) },
  person: { label: 'Person', options: (lookups) => memberOptions(lookups.members) },
};

/** The kind of value a ticket field holds (the trigger's from/to, a condition on it). */
const FIELD_KINDS: Record<AutomationChangedField, ValueKind> = {
  status: 'status',
  priority: 'priority',
  queue: 'queue',
  assignee: 'person',
};

/** The one picker of a status, priority, queue or person; `first` are choices shown before the kind's own. */
function ValuePicker({
  kind,
  label,
  value,
  lookups,
  error,
  onChange,
  first = [],
}: {
  kind: ValueKind;
  label?: string;
  value: string | null;
  lookups: Lookups;
  error: string | undefined;
  onChange: (value: string | null) => void;
  first?: ComboboxItem[];
}) {
  const { label: kindLabel, options } = VALUE_KINDS[kind];
  return (
    <Picker
      label={label ?? kindLabel}
      value={value}
      data={[...first, ...options(lookups)]}
      onChange={onChange}
      error={error}
    />
  );
}

const NO_TIME: Pick<AutomationTrigger, 'minutes' | 'businessHours' | 'status'> = {
  minutes: null,
  businessHours: false,
  status: null,
};

/** A trigger of another type keeps nothing of the old one but what both take. */
export function changeTriggerType(trigger: AutomationTrigger, type: AutomationTriggerType): AutomationTrigger {
  const time = TIME_TRIGGERS.includes(type);
  return {
    type,
    field: null,
    from: null,
    to: null,
    visibility: null,
    ...NO_TIME,
    ...(time ? { minutes: trigger.minutes ?? 60, businessHours: trigger.businessHours } : {}),
    ...(type === 'time_in_status' ? { status: trigger.status ?? 'open' } : {}),
  };
}

export function TriggerFields({
  trigger,
  lookups,
  errors,
  onChange,
}: {
  trigger: AutomationTrigger;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (trigger: AutomationTrigger) => void;
}) {
  const set = (changes: Partial<AutomationTrigger>) => onChange({ ...trigger, ...changes });
  const anyOption = { value: NULL_OPTION, label: 'Any value' };
  // what the changed field holds: its from and to are picked from those values
  const changedKind = trigger.field === null ? null : FIELD_KINDS[trigger.field];
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Picker
          label="When"
          value={trigger.type}
          data={AUTOMATION_TRIGGER_TYPES.map((t) => ({ value: t, label: TRIGGER_LABELS[t] }))}
          onChange={(type) => type && onChange(changeTriggerType(trigger, type as AutomationTriggerType))}
          error={errors('trigger.type') ?? errors('trigger')}
        />
      </Group>
      {trigger.type === 'ticket_changed' && (
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Picker
            label="Field"
            value={toOption(trigger.field)}
            data={[
              { value: NULL_OPTION, label: 'Any field' },
              ...AUTOMATION_CHANGED_FIELDS.map((f) => ({ value: f, label: CHANGED_FIELD_LABELS[f] })),
            ]}
            onChange={(field) =>
              set({ field: fromOption(field) as AutomationChangedField | null, from: null, to: null })
            }
            error={errors('trigger.field')}
          />
          {changedKind &&
            (['from', 'to'] as const).map((end) => (
              <ValuePicker
                key={end}
                kind={changedKind}
                label={end === 'from' ? 'From' : 'To'}
                value={toOption(trigger[end])}
                lookups={lookups}
                first={[anyOption]}
                onChange={(value) => set({ [end]: fromOption(value) })}
                error={errors(`trigger.${end}`)}
              />
            ))}
        </Group>
      )}
      {trigger.type === 'comment_added' && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="trigger-visibility">
            Which comments
          </Text>
          <SegmentedControl
            aria-labelledby="trigger-visibility"
            value={toOption(trigger.visibility)}
            data={[
              { value: NULL_OPTION, label: 'Either' },
              { value: 'public', label: 'Replies' },
              { value: 'internal', label: 'Internal notes' },
            ]}
            onChange={(v) => set({ visibility: fromOption(v) as AutomationTrigger['visibility'] })}
            w="fit-content"
          />
          {errors('trigger.visibility') && (
            <Text size="xs" c="red">
              {errors('trigger.visibility')}
            </Text>
          )}
        </Stack>
      )}
      {TIME_TRIGGERS.includes(trigger.type) && (
        <Group gap="sm" align="flex-start" wrap="wrap">
          {trigger.type === 'time_in_status' && (
            <ValuePicker
              kind="status"
              value={trigger.status}
              lookups={lookups}
              onChange={(status) => set({ status: status as TicketStatus })}
              error={errors('trigger.status')}
            />
          )}
          <DurationInput
            label="For"
            minutes={trigger.minutes}
            onChange={(minutes) => set({ minutes })}
            error={errors('trigger.minutes')}
          />
        </Group>
      )}
      {TIME_TRIGGERS.includes(trigger.type) && (
        <Checkbox
          label="Count business hours only (the ticket’s SLA calendar)"
          checked={trigger.businessHours}
          onChange={(e) => set({ businessHours: e.currentTarget.checked })}
          error={errors('trigger.businessHours')}
        />
      )}
    </Stack>
  );
}

const isChangedField = (field: AutomationConditionField): field is AutomationChangedField =>
  (AUTOMATION_CHANGED_FIELDS as readonly string[]).includes(field);

/** A condition on another field starts over with that field's first operator and no value. */
export const conditionFor = (field: AutomationConditionField): AutomationCondition => ({
  field,
  operator: OPERATORS_BY_FIELD[field][0] ?? 'is',
  value: field === 'actor' ? 'person' : null,
});

function ConditionValue({
  condition,
  lookups,
  error,
  onChange,
}: {
  condition: AutomationCondition;
  lookups: Lookups;
  error: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const { field, operator, value } = condition;
  if (operator === 'is_nobody') return null;
  const kind = operator === 'member_of' ? 'queue' : isChangedField(field) ? FIELD_KINDS[field] : null;
  if (kind) {
    return <ValuePicker kind={kind} value={value} lookups={lookups} onChange={onChange} error={error} />;
  }
  if (field === 'actor') {
    return (
      <Picker
        label="Who"
        value={value}
        data={[
          { value: 'person', label: 'A person' },
          { value: 'automation', label: 'Automation' },
          { value: 'anyone', label: 'Anyone' },
        ]}
        onChange={onChange}
        error={error}
      />
    );
  }
  if (field === 'created' || field === 'updated') {
    return (
      <TextInput
        label="Hours"
        inputMode="decimal"
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        error={error}
        flex="1 1 100px"
        miw={0}
      />
    );
  }
  return (
    <TextInput
      label="Text"
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      error={error}
      flex="1 1 160px"
      miw={0}
    />
  );
}

export function ConditionRow({
  index,
  condition,
  lookups,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  condition: AutomationCondition;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (condition: AutomationCondition) => void;
  onRemove: () => void;
}) {
  const name = `conditions[${index}]`;
  const rowError = errors(name);
  return (
    <Paper withBorder p="xs" radius="sm" component="li" aria-label={`Condition ${index + 1}`}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Picker
          label="Field"
          value={condition.field}
          data={AUTOMATION_CONDITION_FIELDS.map((f) => ({ value: f, label: CONDITION_FIELD_LABELS[f] }))}
          onChange={(field) => field && onChange(conditionFor(field as AutomationConditionField))}
          error={errors(`${name}.field`)}
        />
        <Picker
          label="Operator"
          value={condition.operator}
          data={OPERATORS_BY_FIELD[condition.field].map((o) => ({ value: o, label: OPERATOR_LABELS[o] }))}
          onChange={(operator) =>
            operator &&
            onChange({
              ...condition,
              operator: operator as AutomationOperator,
              // a queue is not a person: the value starts over when its kind changes
              value:
                operator === 'is_nobody' || operator === 'member_of' || condition.operator === 'member_of'
                  ? null
                  : condition.value,
            })
          }
          error={errors(`${name}.operator`)}
        />
        <ConditionValue
          condition={condition}
          lookups={lookups}
          error={errors(`${name}.value`)}
          onChange={(value) => onChange({ ...condition, value })}
        />
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={26}
          aria-label={`Remove condition ${index + 1}`}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      {rowError && (
        <Text size="xs" c="red" mt={4}>
          {rowError}
        </Text>
      )}
    </Paper>
  );
}

export const PLACEHOLDERS = [
  '{{ticket.number}}',
  '{{ticket.title}}',
  '{{ticket.status}}',
  '{{ticket.priority}}',
  '{{rule.name}}',
] as const;

function ActionValue({
  action,
  lookups,
  error,
  onChange,
}: {
  action: AutomationAction;
  lookups: Lookups;
  error: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const picked = { value: action.value, lookups, onChange, error };
  switch (action.type) {
    case 'set_status':
      return <ValuePicker kind="status" {...picked} />;
    case 'set_priority':
      return <ValuePicker kind="priority" {...picked} />;
    case 'set_queue':
      return <ValuePicker kind="queue" {...picked} />;
    case 'assign':
      return <ValuePicker kind="person" {...picked} />;
    case 'assign_round_robin':
    case 'assign_least_loaded':
      return (
        <ValuePicker
          kind="queue"
          label="Among the members of"
          {...picked}
          value={toOption(action.value)}
          first={[{ value: NULL_OPTION, label: 'The ticket’s queue' }]}
          onChange={(v) => onChange(fromOption(v))}
        />
      );
    case 'notify':
      return <ValuePicker kind="person" label="Who" {...picked} first={[{ value: 'admins', label: 'The admins' }]} />;
    case 'add_note':
      return (
        <Textarea
          label="Note"
          description={`Placeholders: ${PLACEHOLDERS.join(' ')}`}
          autosize
          minRows={2}
          value={action.value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          flex="1 1 100%"
          miw={0}
        />
      );
    case 'unassign':
      return null;
  }
}

export function ActionRow({
  index,
  action,
  lookups,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  action: AutomationAction;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (action: AutomationAction) => void;
  onRemove: () => void;
}) {
  const name = `actions[${index}]`;
  const rowError = errors(name) ?? errors(`${name}.type`);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      component="li"
      aria-label={`Action ${index + 1}: ${ACTION_LABELS[action.type]}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={600}>
            {index + 1}. {ACTION_LABELS[action.type]}
          </Text>
          <Text size="xs" c="dimmed">
            {ACTION_DESCRIPTIONS[action.type]}
          </Text>
        </Stack>
        <ActionIcon variant="subtle" color="gray" aria-label={`Remove action ${index + 1}`} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <Group gap="sm" align="flex-start" wrap="wrap" mt={action.type === 'unassign' ? 0 : 'xs'}>
        <ActionValue
          action={action}
          lookups={lookups}
          error={errors(`${name}.value`)}
          onChange={(value) => onChange({ ...action, value })}
        />
      </Group>
      {rowError && (
        <Text size="xs" c="red" mt={4}>
          {rowError}
        </Text>
      )}
    </Paper>
  );
}
