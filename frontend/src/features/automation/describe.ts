import {
  ACTOR_LABELS,
  CHANGED_FIELD_LABELS,
  CONDITION_FIELD_LABELS,
  OPERATOR_LABELS,
  PRIORITY_LABELS,
  STATUS_LABELS,
  TIME_TRIGGERS,
  formatMinutes,
} from './labels';
import type {
  AutomationAction,
  AutomationCondition,
  AutomationQueueOption,
  AutomationMemberOption,
  AutomationTrigger,
  Priority,
  TicketStatus,
} from './types';

/** Names for the ids and enum names a rule holds (queues and people the app passes in). */
export interface Lookups {
  queues: AutomationQueueOption[];
  members: AutomationMemberOption[];
}

const isStatus = (value: string): value is TicketStatus => value in STATUS_LABELS;
const isPriority = (value: string): value is Priority => value in PRIORITY_LABELS;

export const queueName = (id: string | null, { queues }: Lookups) =>
  id === null ? 'the ticket’s queue' : (queues.find((q) => q.id === id)?.name ?? 'a removed queue');
export const memberName = (id: string | null, { members }: Lookups) =>
  id === null
    ? 'nobody'
    : id === 'admins'
      ? 'the admins'
      : (members.find((m) => m.id === id)?.name ?? 'a former member');

/** A value of a ticket field as a person reads it: labels for statuses and priorities, names for ids. */
export function valueName(field: string, value: string | null, lookups: Lookups): string {
  if (value === null || value === '') return '—';
  if (field === 'status' && isStatus(value)) return STATUS_LABELS[value];
  if (field === 'priority' && isPriority(value)) return PRIORITY_LABELS[value];
  if (field === 'queue') return queueName(value, lookups);
  if (field === 'assignee') return memberName(value, lookups);
  return value;
}

export function describeTrigger(trigger: AutomationTrigger, lookups: Lookups): string {
  const business = trigger.businessHours ? ' business' : '';
  const time = trigger.minutes === null ? '…' : formatMinutes(trigger.minutes).replace(' ', `${business} `);
  switch (trigger.type) {
    case 'ticket_created':
      return 'When a ticket is created';
    case 'ticket_changed': {
      if (trigger.field === null) return 'When a ticket is changed';
      const field = CHANGED_FIELD_LABELS[trigger.field].toLowerCase();
      const from = trigger.from === null ? '' : ` from ${valueName(trigger.field, trigger.from, lookups)}`;
      const to = trigger.to === null ? '' : ` to ${valueName(trigger.field, trigger.to, lookups)}`;
      return `When the ${field} changes${from}${to}`;
    }
    case 'comment_added':
      return trigger.visibility === 'public'
        ? 'When a reply is added'
        : trigger.visibility === 'internal'
          ? 'When an internal note is added'
          : 'When a reply or internal note is added';
    case 'sla_at_risk':
      return 'When the SLA is at risk';
    case 'sla_breached':
      return 'When the SLA is breached';
    case 'time_in_status':
      return `When a ticket has been ${trigger.status === null ? '…' : STATUS_LABELS[trigger.status]} for ${time}`;
    case 'unassigned_for':
      return `When a ticket has been unassigned for ${time}`;
    case 'no_agent_reply_for':
      return `When no agent has replied for ${time}`;
  }
}

export const isTimeTrigger = (trigger: AutomationTrigger) => TIME_TRIGGERS.includes(trigger.type);

export function describeCondition(condition: AutomationCondition, lookups: Lookups): string {
  const field = CONDITION_FIELD_LABELS[condition.field].toLowerCase();
  const value = condition.value;
  switch (condition.operator) {
    case 'is_nobody':
      return `${field} is nobody`;
    case 'member_of':
      return `${field} is a member of ${queueName(value, lookups)}`;
    case 'contains':
      return `${field} contains “${value ?? ''}”`;
    case 'more_than_hours_ago':
      return `${field} more than ${value ?? '…'} h ago`;
    case 'less_than_hours_ago':
      return `${field} less than ${value ?? '…'} h ago`;
    default: {
      const shown =
        condition.field === 'actor' ? (ACTOR_LABELS[value ?? ''] ?? '…') : valueName(condition.field, value, lookups);
      return `${field} ${OPERATOR_LABELS[condition.operator]} ${shown}`;
    }
  }
}

export function describeAction(action: AutomationAction, lookups: Lookups): string {
  switch (action.type) {
    case 'set_status':
      return `set status to ${valueName('status', action.value, lookups)}`;
    case 'set_priority':
      return `set priority to ${valueName('priority', action.value, lookups)}`;
    case 'set_queue':
      return `move to ${queueName(action.value, lookups)}`;
    case 'assign':
      return `assign to ${memberName(action.value, lookups)}`;
    case 'assign_round_robin':
      return `assign round-robin in ${queueName(action.value, lookups)}`;
    case 'assign_least_loaded':
      return `assign to the least loaded in ${queueName(action.value, lookups)}`;
    case 'unassign':
      return 'unassign';
    case 'add_note':
      return 'add an internal note';
    case 'notify':
      return `notify ${memberName(action.value, lookups)}`;
  }
}
