export type {
  AutomationAction,
  AutomationActionType,
  AutomationChangedField,
  AutomationCondition,
  AutomationConditionField,
  AutomationDryRun,
  AutomationDryRunItem,
  AutomationDryRunRequest,
  AutomationMatch,
  AutomationOperator,
  AutomationRule,
  AutomationRuleInput,
  AutomationRuleList,
  AutomationRuleUpdate,
  AutomationTrigger,
  AutomationTriggerType,
} from '@/lib/api-schema';
export {
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_CHANGED_FIELDS,
  AUTOMATION_CONDITION_FIELDS,
  AUTOMATION_TRIGGER_TYPES,
} from '@/lib/api-schema';
export { PRIORITIES, STATUSES, type Priority, type TicketStatus } from '@/lib/api-schema';

/** What the value pickers need of a queue and a person (the app passes them in; features never import each other). */
export interface AutomationQueueOption {
  id: string;
  name: string;
  /** Archived queues still name themselves in rules but are not offered. */
  archived: boolean;
}
export interface AutomationMemberOption {
  id: string;
  name: string;
}
