/**
 * TEMPORARY: a mirror of /work/notes/automation-contract.md until the backend's generated types land
 * (merge `auto`, `npm run gen:api`); then these names come from src/lib/api-schema.ts and this file goes.
 */
export const AUTOMATION_TRIGGER_TYPES = [
  'ticket_created',
  'ticket_changed',
  'comment_added',
  'sla_at_risk',
  'sla_breached',
  'time_in_status',
  'unassigned_for',
  'no_agent_reply_for',
] as const;
export type AutomationTriggerType = (typeof AUTOMATION_TRIGGER_TYPES)[number];

export const AUTOMATION_CHANGED_FIELDS = ['status', 'priority', 'queue', 'assignee'] as const;
export type AutomationChangedField = (typeof AUTOMATION_CHANGED_FIELDS)[number];

export const AUTOMATION_CONDITION_FIELDS = [
  'status',
  'priority',
  'queue',
  'assignee',
  'title',
  'description',
  'created',
  'updated',
  'actor',
] as const;
export type AutomationConditionField = (typeof AUTOMATION_CONDITION_FIELDS)[number];

export const AUTOMATION_OPERATORS = [
  'is',
  'is_not',
  'is_nobody',
  'member_of',
  'contains',
  'more_than_hours_ago',
  'less_than_hours_ago',
] as const;
export type AutomationOperator = (typeof AUTOMATION_OPERATORS)[number];

export const AUTOMATION_ACTION_TYPES = [
  'set_status',
  'set_priority',
  'set_queue',
  'assign',
  'assign_round_robin',
  'assign_least_loaded',
  'unassign',
  'add_note',
  'notify',
] as const;
export type AutomationActionType = (typeof AUTOMATION_ACTION_TYPES)[number];

export type AutomationMatch = 'all' | 'any';

export interface AutomationTrigger {
  type: AutomationTriggerType;
  field: AutomationChangedField | null;
  from: string | null;
  to: string | null;
  visibility: 'public' | 'internal' | null;
  status: 'open' | 'in_progress' | 'pending' | 'resolved' | 'closed' | null;
  minutes: number | null;
  businessHours: boolean;
}
export interface AutomationCondition {
  field: AutomationConditionField;
  operator: AutomationOperator;
  value: string | null;
}
export interface AutomationAction {
  type: AutomationActionType;
  value: string | null;
}
export interface AutomationRule {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  version: number;
  trigger: AutomationTrigger;
  match: AutomationMatch;
  conditions: AutomationCondition[];
  actions: AutomationAction[];
  disabledReason: string | null;
  lastFiredAt: string | null;
  firedLast7Days: number;
  createdAt: string;
  updatedAt: string;
}
export interface AutomationRuleInput {
  name: string;
  enabled: boolean;
  trigger: AutomationTrigger;
  match: AutomationMatch;
  conditions: AutomationCondition[];
  actions: AutomationAction[];
}
export type AutomationRuleUpdate = AutomationRuleInput & { version: number };
export interface AutomationRuleList {
  items: AutomationRule[];
}
export interface AutomationDryRunRequest {
  ruleId: string | null;
  rule: AutomationRuleInput | null;
  days: number | null;
}
export interface AutomationDryRunChange {
  field: string;
  from: string | null;
  to: string | null;
}
export interface AutomationDryRunItem {
  ticketId: string;
  number: number;
  title: string;
  at: string;
  because: string;
  changes: AutomationDryRunChange[];
  note: string | null;
}
export interface AutomationDryRun {
  days: number;
  eventsReplayed: number;
  fired: number;
  items: AutomationDryRunItem[];
  truncated: boolean;
}
