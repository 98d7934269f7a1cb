import { http, HttpResponse } from 'msw';
import type { FieldError } from '@/lib/api-problem';
import type {
  AutomationDryRun,
  AutomationDryRunRequest,
  AutomationRule,
  AutomationRuleInput,
  AutomationRuleList,
  AutomationRuleUpdate,
} from '@/lib/api-schema';
import { csrfHandler, json, recordRequests } from './handlers';
import { invalidInput, problem } from './problems';
import { server } from './server';

export const aRule = (overrides: Partial<AutomationRule> = {}): AutomationRule => ({
  id: 'rule-1',
  name: 'Triage billing',
  enabled: true,
  position: 0,
  version: 1,
  trigger: {
    type: 'ticket_created',
    field: null,
    from: null,
    to: null,
    visibility: null,
    status: null,
    minutes: null,
    businessHours: false,
  },
  match: 'all',
  conditions: [{ field: 'queue', operator: 'is', value: 'q-billing' }],
  actions: [{ type: 'assign_round_robin', value: null }],
  disabledReason: null,
  lastFiredAt: null,
  firedLast7Days: 0,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  ...overrides,
});

const NEEDS_VALUE = new Set(['set_status', 'set_priority', 'set_queue', 'assign', 'add_note', 'notify']);

/** The server's validation that the tests exercise (the real one lives in the automation module's controller). */
function ruleErrors(rule: AutomationRuleInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!rule.name.trim()) errors.push({ field: 'name', message: 'must not be blank' });
  const time = ['time_in_status', 'unassigned_for', 'no_agent_reply_for'].includes(rule.trigger.type);
  if (time && (rule.trigger.minutes === null || rule.trigger.minutes < 1 || rule.trigger.minutes > 525600))
    errors.push({ field: 'trigger.minutes', message: 'must be between 1 and 525600' });
  rule.conditions.forEach((c, i) => {
    if (c.operator !== 'is_nobody' && c.value === null)
      errors.push({ field: `conditions[${i}].value`, message: 'is required' });
  });
  if (rule.actions.length === 0) errors.push({ field: 'actions', message: 'must hold at least one action' });
  rule.actions.forEach((a, i) => {
    if (NEEDS_VALUE.has(a.type) && !a.value) errors.push({ field: `actions[${i}].value`, message: 'is required' });
  });
  return errors;
}

export interface FakeAutomationOptions {
  rules?: AutomationRule[];
  dryRun?: AutomationDryRun;
}

/**
 * `/api/automation/rules…` keeping what the tests write, plus the CSRF token. `touch(id)` changes a rule behind the
 * page's back (another admin's save); `refuseNextUpdate(errors)` makes the next PUT answer 422 with those errors.
 */
export function installFakeAutomation(options: FakeAutomationOptions = {}) {
  const rules: AutomationRule[] = structuredClone(options.rules ?? [aRule()]);
  let ids = 0;
  let nextUpdateRefusal: FieldError[] | null = null;
  const at = (id: unknown) => rules.findIndex((r) => r.id === id);
  server.use(
    csrfHandler,
    http.get('/api/automation/rules', () => json<AutomationRuleList>({ items: rules })),
    http.post('/api/automation/rules/dry-run', async ({ request }) => {
      const body = (await request.json()) as AutomationDryRunRequest;
      const errors = body.rule ? ruleErrors(body.rule).map((e) => ({ ...e, field: `rule.${e.field}` })) : [];
      if (errors.length > 0) return invalidInput(errors);
      return json<AutomationDryRun>(
        options.dryRun ?? { days: body.days ?? 7, eventsReplayed: 0, fired: 0, items: [], truncated: false },
      );
    }),
    http.put('/api/automation/rules/order', async ({ request }) => {
      const { ids: order } = (await request.json()) as { ids: string[] };
      const byId = new Map(rules.map((r) => [r.id, r]));
      rules.splice(0, rules.length, ...order.map((id, position) => ({ ...byId.get(id)!, position })));
      return json<AutomationRuleList>({ items: rules });
    }),
    http.get('/api/automation/rules/:id', ({ params }) => {
      const rule = rules[at(params.id)];
      return rule ? json<AutomationRule>(rule) : problem('notFound');
    }),
    http.post('/api/automation/rules', async ({ request }) => {
      const body = (await request.json()) as AutomationRuleInput;
      const errors = ruleErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      const created = aRule({ ...body, id: `rule-new-${(ids += 1)}`, position: rules.length, version: 1 });
      rules.push(created);
      return json(created, { status: 201 });
    }),
    http.put('/api/automation/rules/:id', async ({ request, params }) => {
      const body = (await request.json()) as AutomationRuleUpdate;
      const current = rules[at(params.id)];
      if (!current) return problem('notFound');
      if (nextUpdateRefusal) {
        const errors = nextUpdateRefusal;
        nextUpdateRefusal = null;
        return invalidInput(errors);
      }
      if (body.version !== current.version) return problem('conflict', { detail: 'The rule was changed meanwhile.' });
      const errors = ruleErrors(body);
      if (errors.length > 0) return invalidInput(errors);
      rules[at(params.id)] = { ...current, ...body, version: current.version + 1 };
      return json(rules[at(params.id)]!);
    }),
    http.delete('/api/automation/rules/:id', ({ params }) => {
      if (at(params.id) < 0) return problem('notFound');
      rules.splice(at(params.id), 1);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const recorded = recordRequests();
  return {
    ...recorded,
    rules: () => rules,
    touch: (id: string, changes: Partial<AutomationRule>) => {
      const i = at(id);
      rules[i] = { ...rules[i]!, ...changes, version: rules[i]!.version + 1 };
    },
    refuseNextUpdate: (errors: FieldError[]) => {
      nextUpdateRefusal = errors;
    },
  };
}
