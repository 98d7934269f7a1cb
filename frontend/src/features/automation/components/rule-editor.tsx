import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { Link, useBlocker, useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { ApiProblem } from '@/lib/api-problem';
import {
  useAutomationDryRun,
  useCreateAutomationRule,
  useDeleteAutomationRule,
  useUpdateAutomationRule,
} from '../api/automation-api';
import type { Lookups } from '../describe';
import { isTimeTrigger } from '../describe';
import { ACTION_DESCRIPTIONS, ACTION_LABELS, CONDITION_FIELD_LABELS } from '../labels';
import { BLANK_RULE, TEMPLATES } from '../templates';
import {
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_CONDITION_FIELDS,
  type AutomationRule,
  type AutomationRuleInput,
} from '../types';
import classes from './automation.module.css';
import { DryRunResult } from './dry-run-result';
import { ActionRow, ConditionRow, TriggerFields, conditionFor, type FieldErrors } from './rule-parts';

const LIST = '/settings/automation';

export const inputOf = (rule: AutomationRule): AutomationRuleInput => ({
  name: rule.name,
  enabled: rule.enabled,
  trigger: rule.trigger,
  match: rule.match,
  conditions: rule.conditions,
  actions: rule.actions,
});

/** The server's field names this form shows next to an input; any other refusal goes into the general alert. */
function shownFields(rule: AutomationRuleInput): Set<string> {
  const fields = new Set(['name', 'enabled', 'match', 'trigger', 'trigger.type', 'conditions', 'actions']);
  if (rule.trigger.type === 'ticket_changed')
    ['trigger.field', 'trigger.from', 'trigger.to'].forEach((f) => fields.add(f));
  if (rule.trigger.type === 'comment_added') fields.add('trigger.visibility');
  if (rule.trigger.type === 'time_in_status') fields.add('trigger.status');
  if (isTimeTrigger(rule.trigger)) ['trigger.minutes', 'trigger.businessHours'].forEach((f) => fields.add(f));
  rule.conditions.forEach((c, i) => {
    ['', '.field', '.operator'].forEach((f) => fields.add(`conditions[${i}]${f}`));
    if (c.operator !== 'is_nobody') fields.add(`conditions[${i}].value`);
  });
  rule.actions.forEach((a, i) => {
    ['', '.type'].forEach((f) => fields.add(`actions[${i}]${f}`));
    if (a.type !== 'unassign') fields.add(`actions[${i}].value`);
  });
  return fields;
}

/** A dry run's refusal names the draft's fields under `rule.`: the same inputs show them. */
const withoutRulePrefix = (field: string) => field.replace(/^rule\./, '');

function TemplatePicker({ onPick }: { onPick: (rule: AutomationRuleInput) => void }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Start from a template and adjust it, or from a blank rule.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} m={0} aria-label="Templates">
        {TEMPLATES.map((template) => (
          <Paper key={template.key} withBorder radius="md" component="li" p={0}>
            <UnstyledButton onClick={() => onPick(template.rule)} p="sm" w="100%" h="100%">
              <Text fw={600} size="sm">
                {template.title}
              </Text>
              <Text size="xs" c="dimmed">
                {template.description}
              </Text>
            </UnstyledButton>
          </Paper>
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={() => onPick(BLANK_RULE)}>
          Start from a blank rule
        </Button>
      </Group>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export interface RuleEditorProps {
  /** The saved rule being edited; none for a new one. */
  rule?: AutomationRule;
  lookups: Lookups;
  /** Agents see the rule, change nothing. */
  readOnly: boolean;
  /** After a stale-version refusal: fetch the rule again (the editor is re-created with it). */
  onReload?: () => void;
}

/**
 * A rule's editor: name, trigger, conditions (all / any) and actions picked from menus, a dry run over the last
 * 7 days, save (with the version read: 409 when someone else saved meanwhile) and delete. Leaving with unsaved
 * changes asks first.
 */
export function RuleEditor({ rule: current, lookups, readOnly, onReload }: RuleEditorProps) {
  const navigate = useNavigate();
  // the rule as this edit opened it: a refetch meanwhile neither renames the page nor turns a stale save into an
  // overwrite (the version sent is the one read); "Reload the rule" starts a new edit from the current one
  const [rule] = useState(current);
  const [start, setStart] = useState<AutomationRuleInput | null>(rule ? inputOf(rule) : null);
  const [draft, setDraft] = useState<AutomationRuleInput | null>(start);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const create = useCreateAutomationRule();
  const update = useUpdateAutomationRule();
  const remove = useDeleteAutomationRule();
  const dryRun = useAutomationDryRun();
  const leaving = useRef(false);

  const dirty = !readOnly && draft !== null && JSON.stringify(draft) !== JSON.stringify(start);
  const blocker = useBlocker(() => dirty && !leaving.current);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  if (draft === null) {
    return (
      <Stack gap="md">
        <EditorHeader title="New rule" />
        <TemplatePicker
          onPick={(picked) => {
            setStart(picked);
            setDraft(picked);
          }}
        />
      </Stack>
    );
  }

  const save = create.isPending ? create : update;
  const problem: ApiProblem | null = create.error ?? update.error;
  const stale = problem?.status === 409;
  const set = (changes: Partial<AutomationRuleInput>) => setDraft({ ...draft, ...changes });
  const errors: FieldErrors = (field) =>
    problem?.fieldError(field) ?? dryRun.error?.errors.find((e) => withoutRulePrefix(e.field) === field)?.message;
  const shown = shownFields(draft);
  const unplaced = [
    ...(problem?.errors ?? []),
    ...(dryRun.error?.errors ?? []).map((e) => ({ ...e, field: withoutRulePrefix(e.field) })),
  ].filter((e) => !shown.has(e.field));
  const general = [problem, dryRun.error].find((p) => p !== null && p.errors.length === 0 && p.status !== 409);

  const leaveTo = (path: string) => {
    leaving.current = true;
    void navigate(path);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    dryRun.reset();
    const sent: AutomationRuleInput = { ...draft, name: draft.name.trim() };
    const done = (saved: AutomationRule, verb: string) => {
      notifications.show({ color: 'teal', message: `Rule “${saved.name}” ${verb}` });
      leaveTo(LIST);
    };
    if (rule) {
      update.mutate({ id: rule.id, rule: { ...sent, version: rule.version } }, { onSuccess: (r) => done(r, 'saved') });
    } else {
      create.mutate(sent, { onSuccess: (r) => done(r, 'created') });
    }
  };
  const preview = () => {
    create.reset();
    update.reset();
    const snapshot = JSON.stringify(draft);
    dryRun.mutate({ ruleId: null, rule: draft, days: 7 }, { onSuccess: () => setPreviewed(snapshot) });
  };

  return (
    <Stack gap="md">
      <EditorHeader title={rule ? `Edit rule: ${rule.name}` : 'New rule'} />
      {readOnly && (
        <Alert color="gray" variant="light">
          Only admins can change rules.
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={rule ? `Rule ${rule.name}` : 'New rule'}>
        <fieldset disabled={readOnly} className={classes.fieldset}>
          <Stack gap="lg">
            <Group gap="md" align="flex-end" wrap="wrap">
              <TextInput
                label="Name"
                value={draft.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={errors('name')}
                flex="1 1 240px"
                miw={0}
              />
              <Switch
                label="Enabled"
                checked={draft.enabled}
                onChange={(e) => set({ enabled: e.currentTarget.checked })}
                error={errors('enabled')}
                mb={8}
              />
            </Group>

            <Section title="Trigger">
              <TriggerFields
                trigger={draft.trigger}
                lookups={lookups}
                errors={errors}
                onChange={(trigger) => set({ trigger })}
              />
            </Section>

            <Section title="Conditions">
              {draft.conditions.length > 1 && (
                <Group gap="xs">
                  <Text size="sm" id="rule-match">
                    The ticket must match
                  </Text>
                  <SegmentedControl
                    aria-labelledby="rule-match"
                    size="xs"
                    value={draft.match}
                    data={[
                      { value: 'all', label: 'all conditions' },
                      { value: 'any', label: 'any condition' },
                    ]}
                    onChange={(match) => set({ match: match })}
                  />
                </Group>
              )}
              {draft.conditions.length === 0 && (
                <Text size="sm" c="dimmed">
                  No conditions: every ticket the trigger fires for.
                </Text>
              )}
              <Stack component="ol" gap="xs" p={0} m={0} aria-label="Conditions">
                {draft.conditions.map((condition, index) => (
                  <ConditionRow
                    key={index}
                    index={index}
                    condition={condition}
                    lookups={lookups}
                    errors={errors}
                    onChange={(next) => set({ conditions: draft.conditions.map((c, i) => (i === index ? next : c)) })}
                    onRemove={() => set({ conditions: draft.conditions.filter((_, i) => i !== index) })}
                  />
                ))}
              </Stack>
              <FieldMessage message={errors('conditions')} />
              {!readOnly && (
                <AddMenu
                  label="Add condition"
                  items={AUTOMATION_CONDITION_FIELDS.map((f) => ({ value: f, label: CONDITION_FIELD_LABELS[f] }))}
                  onPick={(field) => set({ conditions: [...draft.conditions, conditionFor(field)] })}
                />
              )}
            </Section>

            <Section title="Actions">
              {draft.actions.length === 0 && (
                <Text size="sm" c="dimmed">
                  No actions yet: add what the rule does, in order.
                </Text>
              )}
              <Stack component="ol" gap="xs" p={0} m={0} aria-label="Actions">
                {draft.actions.map((action, index) => (
                  <ActionRow
                    key={index}
                    index={index}
                    action={action}
                    lookups={lookups}
                    errors={errors}
                    onChange={(next) => set({ actions: draft.actions.map((a, i) => (i === index ? next : a)) })}
                    onRemove={() => set({ actions: draft.actions.filter((_, i) => i !== index) })}
                  />
                ))}
              </Stack>
              <FieldMessage message={errors('actions')} />
              {!readOnly && (
                <AddMenu
                  label="Add action"
                  items={AUTOMATION_ACTION_TYPES.map((t) => ({
                    value: t,
                    label: ACTION_LABELS[t],
                    description: ACTION_DESCRIPTIONS[t],
                  }))}
                  onPick={(type) => set({ actions: [...draft.actions, { type, value: null }] })}
                />
              )}
            </Section>

            {unplaced.length > 0 && (
              <Alert color="red" variant="light" role="alert" title="The rule was not accepted">
                <List size="sm">
                  {unplaced.map((e) => (
                    <List.Item key={`${e.field}:${e.message}`}>
                      {e.field}: {e.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {general && (
              <Alert color="red" variant="light" role="alert">
                {general.humanMessage}
              </Alert>
            )}
            {stale && (
              <Alert color="orange" variant="light" role="alert" title="Someone else changed this rule">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    It was saved by someone else after you opened it, so your changes were not saved. Reload it to see
                    the current rule (your changes here are discarded).
                  </Text>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      leaving.current = true;
                      onReload?.();
                    }}
                  >
                    Reload the rule
                  </Button>
                </Stack>
              </Alert>
            )}
            {dryRun.data && (
              <DryRunResult result={dryRun.data} lookups={lookups} stale={previewed !== JSON.stringify(draft)} />
            )}

            {!readOnly && (
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Group gap="xs" wrap="wrap">
                  <Button type="submit" loading={save.isPending} disabled={stale}>
                    {rule ? 'Save rule' : 'Create rule'}
                  </Button>
                  <Button variant="default" onClick={preview} loading={dryRun.isPending}>
                    Preview (dry run)
                  </Button>
                  <Button variant="subtle" color="gray" component={Link} to={LIST}>
                    Cancel
                  </Button>
                </Group>
                {rule && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      remove.reset();
                      setDeleting(true);
                    }}
                  >
                    Delete rule
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
      {rule && (
        <ConfirmDialog
          opened={deleting}
          title="Delete this rule?"
          confirmLabel="Delete rule"
          danger
          pending={remove.isPending}
          error={remove.error?.humanMessage}
          onClose={() => setDeleting(false)}
          onConfirm={() =>
            remove.mutate(rule.id, {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: `Rule “${rule.name}” deleted` });
                leaveTo(LIST);
              },
            })
          }
        >
          “{rule.name}” stops acting on tickets. What it already changed stays in the tickets’ history.
        </ConfirmDialog>
      )}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Leave without saving?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">Your changes to this rule are not saved. Leaving discards them.</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
              Stay and keep editing
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              Leave and discard
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function EditorHeader({ title }: { title: string }) {
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={LIST} size="sm">
        ← All rules
      </Anchor>
      <Title order={1} size="h3">
        {title}
      </Title>
    </Stack>
  );
}

function FieldMessage({ message }: { message: string | undefined }) {
  return message ? (
    <Text size="xs" c="red">
      {message}
    </Text>
  ) : null;
}

function AddMenu<T extends string>({
  label,
  items,
  onPick,
}: {
  label: string;
  items: { value: T; label: string; description?: string }[];
  onPick: (value: T) => void;
}) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          rightSection={<IconChevronDown size={14} />}
          w="fit-content"
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.value} onClick={() => onPick(item.value)}>
            <Text size="sm">{item.label}</Text>
            {item.description && (
              <Text size="xs" c="dimmed">
                {item.description}
              </Text>
            )}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
