import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aRule, installFakeAutomation } from '@/testing/fake-automation';
import { renderAutomation } from './automation-test-routes';

const where = (router: ReturnType<typeof renderAutomation>['router']) => router.state.location.pathname;

describe('Rule editor', () => {
  it('starts from the round-robin template, shows a missing queue on its condition, then creates the rule', async () => {
    const api = installFakeAutomation({ rules: [] });
    const { user, router } = renderAutomation('/settings/automation/new');
    await user.click(await screen.findByRole('button', { name: /Assign new tickets in a queue round-robin/ }));

    const form = screen.getByRole('form', { name: 'New rule' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Assign new tickets round-robin');
    expect(within(form).getByLabelText('When', { selector: 'input' })).toHaveValue('A ticket is created');
    const condition = within(form).getByRole('listitem', { name: 'Condition 1' });
    expect(within(condition).getByLabelText('Field', { selector: 'input' })).toHaveValue('Queue');
    const action = within(form).getByRole('listitem', { name: 'Action 1: Assign round-robin' });
    expect(within(action).getByLabelText('Among the members of', { selector: 'input' })).toHaveValue(
      'The ticket’s queue',
    );
    expect(within(form).getByRole('switch', { name: 'Enabled' })).not.toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    // the server names conditions[0].value: the queue picker of condition 1 shows it, nothing is created
    const queue = within(condition).getByLabelText('Queue', { selector: 'input' });
    expect(await within(condition).findByText('is required')).toBeInTheDocument();
    expect(queue).toHaveAttribute('aria-invalid', 'true');
    expect(api.rules()).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Billing round-robin');
    await user.click(queue);
    await user.click(await screen.findByRole('option', { name: 'Billing' }));
    await user.click(within(form).getByRole('switch', { name: 'Enabled' }));
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));

    await waitFor(() => expect(where(router)).toBe('/settings/automation'));
    expect(await screen.findByRole('listitem', { name: 'Billing round-robin' })).toHaveTextContent(
      'When a ticket is created, if queue is Billing: assign round-robin in the ticket’s queue.',
    );
    expect(api.mutations().at(-1)?.body).toEqual({
      name: 'Billing round-robin',
      enabled: true,
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
    });
  }, 60_000); // the longest journey here: many picks and two round trips, on a shared two-core machine

  it('offers the other templates with their triggers and actions filled in', async () => {
    installFakeAutomation({ rules: [] });
    const { user } = renderAutomation('/settings/automation/new');
    const templates = await screen.findByRole('list', { name: 'Templates' });
    expect(
      within(templates)
        .getAllByRole('listitem')
        .map((t) => within(t).getByRole('button').textContent),
    ).toEqual([
      expect.stringContaining('Assign new tickets in a queue round-robin'),
      expect.stringContaining('Close tickets resolved for 3 days'),
      expect.stringContaining('Raise priority when the SLA is at risk'),
      expect.stringContaining('Unassign tickets left in open for 2 hours'),
    ]);
    await user.click(within(templates).getByRole('button', { name: /Close tickets resolved for 3 days/ }));
    const form = screen.getByRole('form', { name: 'New rule' });
    expect(within(form).getByLabelText('When', { selector: 'input' })).toHaveValue(
      'A ticket has been in a status for a while',
    );
    const trigger = within(form).getByRole('region', { name: 'Trigger' });
    expect(within(trigger).getByLabelText('Status', { selector: 'input' })).toHaveValue('Resolved');
    expect(within(form).getByRole('textbox', { name: 'For' })).toHaveValue('3');
    expect(within(form).getByLabelText('Unit', { selector: 'input' })).toHaveValue('days');
    const action = within(form).getByRole('listitem', { name: 'Action 1: Set status' });
    expect(within(action).getByLabelText('Status', { selector: 'input' })).toHaveValue('Closed');
  });

  it('maps the refused trigger duration and action value of the 422 onto their inputs, and creates nothing', async () => {
    const api = installFakeAutomation({ rules: [] });
    const { user } = renderAutomation('/settings/automation/new');
    await user.click(await screen.findByRole('button', { name: /Close tickets resolved for 3 days/ }));
    const form = screen.getByRole('form', { name: 'New rule' });
    await user.clear(within(form).getByRole('textbox', { name: 'For' }));
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await user.click(await screen.findByRole('menuitem', { name: /Set priority/ }));
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));

    expect(await within(form).findByText('must be between 1 and 525600')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'For' })).toHaveAttribute('aria-invalid', 'true');
    const second = within(form).getByRole('listitem', { name: 'Action 2: Set priority' });
    expect(within(second).getByLabelText('Priority', { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(second).getByText('is required')).toBeInTheDocument();
    const first = within(form).getByRole('listitem', { name: 'Action 1: Set status' });
    expect(within(first).getByLabelText('Status', { selector: 'input' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(api.rules()).toHaveLength(0);
  });

  it('shows a refused value on its action, and lists a refusal it has no input for', async () => {
    const api = installFakeAutomation({
      rules: [aRule({ id: 'rule-1', name: 'Notify', actions: [{ type: 'assign', value: 'u-bob' }] })],
    });
    const { user } = renderAutomation('/settings/automation/rule-1');
    const form = await screen.findByRole('form', { name: 'Rule Notify' });
    api.refuseNextUpdate([
      { field: 'actions[0].value', message: 'is not a member of this organisation any more' },
      { field: 'trigger.calendarId', message: 'no business calendar applies' },
    ]);
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));
    const action = within(form).getByRole('listitem', { name: 'Action 1: Assign to a person' });
    expect(await within(action).findByText('is not a member of this organisation any more')).toBeInTheDocument();
    expect(within(action).getByLabelText('Person', { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert', { name: 'The rule was not accepted' })).toHaveTextContent(
      'trigger.calendarId: no business calendar applies',
    );
  });

  it('previews a dry run: how often the rule would have fired, on which tickets, changing what', async () => {
    const api = installFakeAutomation({
      rules: [],
      dryRun: {
        days: 7,
        eventsReplayed: 120,
        fired: 37,
        truncated: false,
        items: [
          {
            ticketId: 't-12',
            number: 12,
            title: 'Cannot pay invoice',
            at: '2026-11-30T10:00:00Z',
            because: '#12 was created',
            changes: [{ field: 'assignee', from: null, to: 'u-bob' }],
            note: null,
          },
          {
            ticketId: 't-13',
            number: 13,
            title: 'Refund twice',
            at: '2026-11-30T11:00:00Z',
            because: '#13 was created',
            changes: [{ field: 'assignee', from: null, to: 'u-alice' }],
            note: 'Assigned by rule',
          },
        ],
      },
    });
    const { user } = renderAutomation('/settings/automation/new');
    await user.click(await screen.findByRole('button', { name: /Assign new tickets in a queue round-robin/ }));
    const form = screen.getByRole('form', { name: 'New rule' });
    const condition = within(form).getByRole('listitem', { name: 'Condition 1' });
    await user.click(within(condition).getByLabelText('Queue', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Billing' }));
    await user.click(within(form).getByRole('button', { name: 'Preview (dry run)' }));

    const preview = await screen.findByRole('region', { name: 'Dry run' });
    expect(within(preview).getByRole('status')).toHaveTextContent(
      'This rule would have fired 37 times in the last 7 days.',
    );
    const tickets = within(within(preview).getByRole('list', { name: 'Tickets the rule would have changed' }));
    const [first, second] = tickets.getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: '#12 Cannot pay invoice' })).toHaveAttribute('href', '/t/12');
    expect(first).toHaveTextContent('because #12 was created');
    expect(first).toHaveTextContent('Assignee: — → Bob Agent');
    expect(second).toHaveTextContent('Assignee: — → Alice Admin');
    expect(second).toHaveTextContent('Note: Assigned by rule');
    const sent = api.mutations().at(-1)!;
    expect(sent.path).toBe('/api/automation/rules/dry-run');
    expect(sent.body).toMatchObject({
      ruleId: null,
      days: 7,
      rule: { conditions: [{ field: 'queue', operator: 'is', value: 'q-billing' }] },
    });
    expect(api.rules()).toHaveLength(0);

    // editing after the preview says the preview is out of date
    await user.type(within(form).getByLabelText('Name'), '!');
    expect(within(preview).getByText(/The rule has changed since this preview/)).toBeInTheDocument();
  });

  it('says when someone else saved the rule meanwhile and reloads it on request', async () => {
    const api = installFakeAutomation({ rules: [aRule({ id: 'rule-1', name: 'Triage billing', version: 3 })] });
    const { user } = renderAutomation('/settings/automation/rule-1');
    const form = await screen.findByRole('form', { name: 'Rule Triage billing' });
    await user.type(within(form).getByLabelText('Name'), ' (mine)');
    api.touch('rule-1', { name: 'Triage billing and refunds' });
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));

    const alert = await screen.findByRole('alert', { name: /Someone else changed this rule/ });
    expect(alert).toHaveTextContent('your changes were not saved');
    expect(api.mutations().at(-1)?.body).toMatchObject({ version: 3, name: 'Triage billing (mine)' });
    expect(api.rules()[0]?.name).toBe('Triage billing and refunds');

    await user.click(within(alert).getByRole('button', { name: 'Reload the rule' }));
    const reloaded = await screen.findByRole('form', { name: 'Rule Triage billing and refunds' });
    await waitFor(() => expect(within(reloaded).getByLabelText('Name')).toHaveValue('Triage billing and refunds'));
    expect(screen.queryByRole('alert', { name: /Someone else changed this rule/ })).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and deletes a rule after confirming', async () => {
    const api = installFakeAutomation({ rules: [aRule({ id: 'rule-1', name: 'Triage billing' })] });
    const { user, router } = renderAutomation('/settings/automation/rule-1');
    const form = await screen.findByRole('form', { name: 'Rule Triage billing' });
    await user.type(within(form).getByLabelText('Name'), ' v2');
    await user.click(screen.getByRole('link', { name: '← All rules' }));

    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(where(router)).toBe('/settings/automation/rule-1');
    expect(within(form).getByLabelText('Name')).toHaveValue('Triage billing v2');

    await user.click(within(form).getByRole('button', { name: 'Delete rule' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this rule?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete rule' }));
    await waitFor(() => expect(where(router)).toBe('/settings/automation'));
    expect(api.rules()).toHaveLength(0);
    expect(await screen.findByText(/No rules yet/)).toBeInTheDocument();
  });
});
