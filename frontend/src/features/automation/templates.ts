import type { AutomationRuleInput, AutomationTrigger } from './types';

const trigger = (overrides: Partial<AutomationTrigger>): AutomationTrigger => ({
  type: 'ticket_created',
  field: null,
  from: null,
  to: null,
  visibility: null,
  status: null,
  minutes: null,
  businessHours: false,
  ...overrides,
});

export interface AutomationTemplate {
  key: string;
  title: string;
  description: string;
  rule: AutomationRuleInput;
}

/** A rule nobody has written yet: a new ticket, no conditions, no actions. New rules start disabled. */
export const BLANK_RULE: AutomationRuleInput = {
  name: '',
  enabled: false,
  trigger: trigger({}),
  match: 'all',
  conditions: [],
  actions: [],
};

/** Rules to start from (issue 13). Values left `null` are for the admin to pick (the queue, for instance). */
export const TEMPLATES: readonly AutomationTemplate[] = [
  {
    key: 'round-robin',
    title: 'Assign new tickets in a queue round-robin',
    description: 'New tickets of one queue go to its available members in turn.',
    rule: {
      ...BLANK_RULE,
      name: 'Assign new tickets round-robin',
      conditions: [{ field: 'queue', operator: 'is', value: null }],
      actions: [{ type: 'assign_round_robin', value: null }],
    },
  },
  {
    key: 'close-resolved',
    title: 'Close tickets resolved for 3 days',
    description: 'Resolved tickets nobody reopened are closed after 3 days.',
    rule: {
      ...BLANK_RULE,
      name: 'Close tickets resolved for 3 days',
      trigger: trigger({ type: 'time_in_status', status: 'resolved', minutes: 3 * 24 * 60 }),
      actions: [{ type: 'set_status', value: 'closed' }],
    },
  },
  {
    key: 'sla-at-risk',
    title: 'Raise priority when the SLA is at risk',
    description: 'A ticket about to miss its target becomes urgent.',
    rule: {
      ...BLANK_RULE,
      name: 'Raise priority when the SLA is at risk',
      trigger: trigger({ type: 'sla_at_risk' }),
      conditions: [{ field: 'priority', operator: 'is_not', value: 'urgent' }],
      actions: [{ type: 'set_priority', value: 'urgent' }],
    },
  },
  {
    key: 'unassign-open',
    title: 'Unassign tickets left in open for 2 hours',
    description: 'An assigned ticket nobody started on goes back to the queue.',
    rule: {
      ...BLANK_RULE,
      name: 'Unassign tickets left in open for 2 hours',
      trigger: trigger({ type: 'time_in_status', status: 'open', minutes: 120 }),
      actions: [
        { type: 'unassign', value: null },
        {
          type: 'add_note',
          value: 'Unassigned by “{{rule.name}}”: #{{ticket.number}} was open for 2 hours without being started.',
        },
      ],
    },
  },
];
