import { useState, type ReactNode } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { SortableList } from '@/components/sortable-list';
import type { ApiProblem } from '@/lib/api-problem';
import { useAutomationRules, useReorderAutomationRules, useUpdateAutomationRule } from '../api/automation-api';
import { describeAction, describeCondition, describeTrigger, type Lookups } from '../describe';
import type { AutomationRule } from '../types';
import { inputOf } from './rule-editor';

const ruleId = (rule: AutomationRule) => rule.id;
const ruleName = (rule: AutomationRule) => rule.name;

export function ruleSummary(rule: AutomationRule, lookups: Lookups) {
  const joiner = rule.match === 'all' ? ' and ' : ' or ';
  const conditions = rule.conditions.map((c) => describeCondition(c, lookups)).join(joiner);
  const actions = rule.actions.map((a) => describeAction(a, lookups)).join(', then ');
  return `${describeTrigger(rule.trigger, lookups)}${conditions ? `, if ${conditions}` : ''}: ${actions || 'nothing'}.`;
}

/** The enable switch: shows only what the server holds, a spinner while it decides, and its refusal. */
function EnabledSwitch({ rule }: { rule: AutomationRule }) {
  const update = useUpdateAutomationRule();
  const [refusal, setRefusal] = useState<ApiProblem | null>(null);
  const toggle = (enabled: boolean) => {
    setRefusal(null);
    update.mutate(
      { id: rule.id, rule: { ...inputOf(rule), enabled, version: rule.version } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: `Rule “${saved.name}” ${saved.enabled ? 'enabled' : 'disabled'}`,
          }),
        onError: setRefusal,
      },
    );
  };
  return (
    <Stack gap={2} align="flex-end">
      <Group gap={6} wrap="nowrap">
        {update.isPending && <Loader size={14} role="status" aria-label={`Saving ${rule.name}`} />}
        <Switch
          label="Enabled"
          labelPosition="left"
          checked={rule.enabled}
          disabled={update.isPending}
          aria-busy={update.isPending}
          onChange={(e) => toggle(e.currentTarget.checked)}
          aria-label={`${rule.name} enabled`}
        />
      </Group>
      {refusal && (
        <Text size="xs" c="red" role="alert" ta="right">
          {refusal.status === 409
            ? 'Someone else just changed this rule: the list now shows their version. Try again.'
            : `Not changed: ${refusal.humanMessage}`}
        </Text>
      )}
    </Stack>
  );
}

function RuleItem({
  rule,
  index,
  count,
  lookups,
  canEdit,
  reordering,
  onMove,
  handle,
}: {
  handle?: ReactNode;
  rule: AutomationRule;
  index: number;
  count: number;
  lookups: Lookups;
  canEdit: boolean;
  reordering: boolean;
  onMove: (index: number, direction: -1 | 1) => void;
}) {
  return (
    <Paper withBorder p="sm" radius="md" component={handle ? 'div' : 'li'} aria-label={handle ? undefined : rule.name}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={4} miw={0} flex="1 1 280px">
          <Group gap="xs" wrap="wrap">
            {handle}
            <Badge variant="light" color="gray" size="sm">
              {index + 1}
            </Badge>
            {canEdit ? (
              <Anchor component={Link} to={`/settings/automation/${rule.id}`} fw={600}>
                {rule.name}
              </Anchor>
            ) : (
              <Text fw={600}>{rule.name}</Text>
            )}
            {!canEdit && (
              <Badge variant="light" color={rule.enabled ? 'teal' : 'gray'} size="sm">
                {rule.enabled ? 'Enabled' : 'Disabled'}
              </Badge>
            )}
          </Group>
          {rule.disabledReason !== null && (
            <Badge color="red" variant="light" size="sm" tt="none" maw="100%" data-testid="disabled-reason">
              Disabled by the system: {rule.disabledReason}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {ruleSummary(rule, lookups)}
          </Text>
          <Text size="xs" c="dimmed">
            {rule.lastFiredAt === null ? (
              'Never fired'
            ) : (
              <>
                Last fired <RelativeTime value={rule.lastFiredAt} span size="xs" c="dimmed" />
              </>
            )}{' '}
            · fired {rule.firedLast7Days === 1 ? 'once' : `${rule.firedLast7Days} times`} in the last 7 days
          </Text>
        </Stack>
        {canEdit && (
          <Group gap={4} wrap="nowrap" align="center">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${rule.name} up`}
              disabled={index === 0 || reordering}
              onClick={() => onMove(index, -1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${rule.name} down`}
              disabled={index === count - 1 || reordering}
              onClick={() => onMove(index, 1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <EnabledSwitch rule={rule} />
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/** `/settings/automation`: the rules in the order they run; admins reorder, enable and open them, agents read. */
export function RulesList({ lookups, canEdit }: { lookups: Lookups; canEdit: boolean }) {
  const rules = useAutomationRules();
  const reorder = useReorderAutomationRules();

  if (rules.isPending) return <Loader size="sm" aria-label="Loading rules" />;
  if (rules.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {rules.error.humanMessage}
      </Alert>
    );
  }
  const ordered = rules.data;
  const move = (index: number, direction: -1 | 1) => {
    const ids = ordered.map((r) => r.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + direction, 0, moved);
    reorder.mutate(ids);
  };

  return (
    <Stack gap="sm">
      <PageHeader
        title="Automation"
        description="Rules act on tickets when something happens or after a time, in this order; each sees the ticket as the rules before it left it."
        action={
          canEdit && (
            <Button component={Link} to="/settings/automation/new">
              New rule
            </Button>
          )
        }
      />
      {!canEdit && (
        <Alert color="gray" variant="light">
          Only admins can change rules.
        </Alert>
      )}
      {reorder.isPending && (
        <Text size="xs" c="dimmed" role="status">
          Saving the new order…
        </Text>
      )}
      {reorder.isError && (
        <Alert color="red" variant="light" role="alert">
          The order was not changed: {reorder.error.humanMessage}
        </Alert>
      )}
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rules yet.{canEdit ? ' Start from a template with “New rule”.' : ''}
        </Text>
      ) : canEdit ? (
        <SortableList
          items={ordered}
          getId={ruleId}
          getLabel={ruleName}
          label="Rules in run order"
          disabled={reorder.isPending}
          onReorder={(next) => reorder.mutate(next.map(ruleId))}
          renderItem={(rule, handle) => (
            <RuleItem
              rule={rule}
              index={ordered.indexOf(rule)}
              count={ordered.length}
              lookups={lookups}
              canEdit
              reordering={reorder.isPending}
              onMove={move}
              handle={handle}
            />
          )}
        />
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} aria-label="Rules in run order">
          {ordered.map((rule, index) => (
            <RuleItem
              key={rule.id}
              rule={rule}
              index={index}
              count={ordered.length}
              lookups={lookups}
              canEdit={canEdit}
              reordering={reorder.isPending}
              onMove={move}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
