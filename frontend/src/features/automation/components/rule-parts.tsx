import { ActionIcon, Checkbox, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
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

/** The pickers of a ticket field's values, for "changed from/to" and conditions. */
function fieldValueOptions(field: AutomationChangedField, lookups: Lookups) {
  switch (field) {
    case 'status':
      return statusOptions;
    case 'priority':
      return priorityOptions;
    case 'queue':
      return queueOptions(lookups.queues);
    case 'assignee':
      return memberOptions(lookups.members);
  }
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
          {trigger.field !== null && (
            <>
              <Picker
                label="From"
                value={toOption(trigger.from)}
                data={[anyOption, ...fieldValueOptions(trigger.field, lookups)]}
                onChange={(from) => set({ from: fromOption(from) })}
                error={errors('trigger.from')}
              />
              <Picker
                label="To"
                value={toOption(trigger.to)}
                data={[anyOption, ...fieldValueOptions(trigger.field, lookups)]}
                onChange={(to) => set({ to: fromOption(to) })}
                error={errors('trigger.to')}
              />
            </>
          )}
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
            <Picker
              label="Status"
              value={trigger.status}
              data={statusOptions}
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
  if (operator === 'member_of' || field === 'queue') {
    return <Picker label="Queue" value={value} data={queueOptions(lookups.queues)} onChange={onChange} error={error} />;
  }
  if (field === 'assignee') {
    return (
      <Picker label="Person" value={value} data={memberOptions(lookups.members)} onChange={onChange} error={error} />
    );
  }
  if (field === 'status') {
    return <Picker label="Status" value={value} data={statusOptions} onChange={onChange} error={error} />;
  }
  if (field === 'priority') {
    return <Picker label="Priority" value={value} data={priorityOptions} onChange={onChange} error={error} />;
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
  const ticketQueue = { value: NULL_OPTION, label: 'The ticket’s queue' };
  switch (action.type) {
    case 'set_status':
      return <Picker label="Status" value={action.value} data={statusOptions} onChange={onChange} error={error} />;
    case 'set_priority':
      return <Picker label="Priority" value={action.value} data={priorityOptions} onChange={onChange} error={error} />;
    case 'set_queue':
      return (
        <Picker
          label="Queue"
          value={action.value}
          data={queueOptions(lookups.queues)}
          onChange={onChange}
          error={error}
        />
      );
    case 'assign':
      return (
        <Picker
          label="Person"
          value={action.value}
          data={memberOptions(lookups.members)}
          onChange={onChange}
          error={error}
        />
      );
    case 'assign_round_robin':
    case 'assign_least_loaded':
      return (
        <Picker
          label="Among the members of"
          value={toOption(action.value)}
          data={[ticketQueue, ...queueOptions(lookups.queues)]}
          onChange={(v) => onChange(fromOption(v))}
          error={error}
        />
      );
    case 'notify':
      return (
        <Picker
          label="Who"
          value={action.value}
          data={[{ value: 'admins', label: 'The admins' }, ...memberOptions(lookups.members)]}
          onChange={onChange}
          error={error}
        />
      );
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
