import type {
  AutomationActionType,
  AutomationChangedField,
  AutomationConditionField,
  AutomationOperator,
  AutomationTriggerType,
  Priority,
  TicketStatus,
} from './types';

export const TRIGGER_LABELS: Record<AutomationTriggerType, string> = {
  ticket_created: 'A ticket is created',
  ticket_changed: 'A ticket is changed',
  comment_added: 'A reply or internal note is added',
  sla_at_risk: 'The SLA is at risk',
  sla_breached: 'The SLA is breached',
  time_in_status: 'A ticket has been in a status for a while',
  unassigned_for: 'A ticket has been unassigned for a while',
  no_agent_reply_for: 'No agent has replied for a while',
};

/** The triggers that fire after a time has passed: they take `minutes` and `businessHours`. */
export const TIME_TRIGGERS: readonly AutomationTriggerType[] = [
  'time_in_status',
  'unassigned_for',
  'no_agent_reply_for',
];

export const CHANGED_FIELD_LABELS: Record<AutomationChangedField, string> = {
  status: 'Status',
  priority: 'Priority',
  queue: 'Queue',
  assignee: 'Assignee',
};

export const CONDITION_FIELD_LABELS: Record<AutomationConditionField, string> = {
  status: 'Status',
  priority: 'Priority',
  queue: 'Queue',
  assignee: 'Assignee',
  title: 'Title',
  description: 'Description',
  created: 'Created',
  updated: 'Last updated',
  actor: 'Changed by',
};

export const OPERATOR_LABELS: Record<AutomationOperator, string> = {
  is: 'is',
  is_not: 'is not',
  is_nobody: 'is nobody',
  member_of: 'is a member of queue',
  contains: 'contains',
  more_than_hours_ago: 'more than … hours ago',
  less_than_hours_ago: 'less than … hours ago',
};

/** The operators each condition field takes, the first being the default. */
export const OPERATORS_BY_FIELD: Record<AutomationConditionField, readonly AutomationOperator[]> = {
  status: ['is', 'is_not'],
  priority: ['is', 'is_not'],
  queue: ['is', 'is_not'],
  assignee: ['is', 'is_not', 'is_nobody', 'member_of'],
  title: ['contains'],
  description: ['contains'],
  created: ['more_than_hours_ago', 'less_than_hours_ago'],
  updated: ['more_than_hours_ago', 'less_than_hours_ago'],
  actor: ['is'],
};

export const ACTION_LABELS: Record<AutomationActionType, string> = {
  set_status: 'Set status',
  set_priority: 'Set priority',
  set_queue: 'Move to queue',
  assign: 'Assign to a person',
  assign_round_robin: 'Assign round-robin',
  assign_least_loaded: 'Assign to the least loaded',
  unassign: 'Unassign',
  add_note: 'Add an internal note',
  notify: 'Notify',
};

export const ACTION_DESCRIPTIONS: Record<AutomationActionType, string> = {
  set_status: 'Move the ticket to a status',
  set_priority: 'Change the ticket’s priority',
  set_queue: 'Move the ticket to another queue',
  assign: 'Assign the ticket to one person',
  assign_round_robin: 'Take turns among a queue’s available members',
  assign_least_loaded: 'The member with the fewest active tickets',
  unassign: 'Remove the assignee',
  add_note: 'Write an internal note from a template',
  notify: 'Send a notification to a person or the admins',
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In Progress',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const ACTOR_LABELS: Record<string, string> = {
  person: 'a person',
  automation: 'automation',
  anyone: 'anyone',
};

/** Minutes as a person reads them: "45 minutes", "2 hours", "3 days", "1 h 30 m". */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes > 0 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} m`;
}
