import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delay, http } from 'msw';
import { aRule, installFakeAutomation } from '@/testing/fake-automation';
import { invalidInput } from '@/testing/problems';
import { server } from '@/testing/server';
import { renderAutomation } from './automation-test-routes';

const RULES = [
  aRule({
    id: 'rule-1',
    name: 'Triage billing',
    position: 0,
    lastFiredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    firedLast7Days: 12,
  }),
  aRule({
    id: 'rule-2',
    name: 'Close resolved',
    position: 1,
    enabled: false,
    disabledReason: 'its queue was deleted',
    trigger: {
      type: 'time_in_status',
      field: null,
      from: null,
      to: null,
      visibility: null,
      status: 'resolved',
      minutes: 4320,
      businessHours: false,
    },
    conditions: [],
    actions: [{ type: 'set_status', value: 'closed' }],
  }),
  aRule({
    id: 'rule-3',
    name: 'Escalate',
    position: 2,
    conditions: [],
    actions: [{ type: 'notify', value: 'admins' }],
  }),
];

/** jsdom lays nothing out: each sortable row gets a 40 px box in list order for dnd-kit's keyboard sensor. */
function layOutRows() {
  const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const row = this.closest('[data-sortable-id]');
    if (!row || !row.parentElement) return new DOMRect();
    const index = Array.from(row.parentElement.children).indexOf(row);
    return DOMRect.fromRect({ x: 0, y: index * 40, width: 300, height: 40 });
  });
  return () => spy.mockRestore();
}

const names = () =>
  within(screen.getByRole('list', { name: 'Rules in run order' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));

describe('Rules list', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = layOutRows();
  });
  afterEach(() => restore());

  it('lists the rules in run order with what they do, when they last fired, and why the system disabled one', async () => {
    installFakeAutomation({ rules: [RULES[2]!, RULES[0]!, RULES[1]!].map((r) => ({ ...r })) });
    renderAutomation('/settings/automation');
    await screen.findByRole('list', { name: 'Rules in run order' });
    expect(names()).toEqual(['Triage billing', 'Close resolved', 'Escalate']);

    const triage = screen.getByRole('listitem', { name: 'Triage billing' });
    expect(triage).toHaveTextContent('When a ticket is created, if queue is Billing: assign round-robin');
    expect(triage).toHaveTextContent('Last fired 5 minutes ago · fired 12 times in the last 7 days');
    expect(within(triage).getByRole('switch', { name: 'Triage billing enabled' })).toBeChecked();
    expect(within(triage).queryByTestId('disabled-reason')).not.toBeInTheDocument();

    const close = screen.getByRole('listitem', { name: 'Close resolved' });
    expect(close).toHaveTextContent('When a ticket has been Resolved for 3 days: set status to Closed.');
    expect(close).toHaveTextContent('Never fired · fired 0 times in the last 7 days');
    expect(within(close).getByTestId('disabled-reason')).toHaveTextContent(
      'Disabled by the system: its queue was deleted',
    );
    expect(within(close).getByRole('switch', { name: 'Close resolved enabled' })).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'New rule' })).toHaveAttribute('href', '/settings/automation/new');
  });

  it('shows agents the rules read-only', async () => {
    installFakeAutomation({ rules: RULES });
    renderAutomation('/settings/automation', { canEdit: false });
    const close = await screen.findByRole('listitem', { name: 'Close resolved' });
    expect(screen.getByText('Only admins can change rules.')).toBeInTheDocument();
    expect(close).toHaveTextContent('Disabled');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reorder|Move/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New rule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Close resolved' })).not.toBeInTheDocument();
  });

  it('enables a rule only once the server accepted it, with its version', async () => {
    const api = installFakeAutomation({ rules: RULES });
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.put('/api/automation/rules/:id', async () => {
        await held;
        return undefined;
      }),
    );
    const { user } = renderAutomation('/settings/automation');
    const toggle = await screen.findByRole('switch', { name: 'Escalate enabled' });
    await user.click(screen.getByRole('switch', { name: 'Close resolved enabled' }));
    const closeSwitch = screen.getByRole('switch', { name: 'Close resolved enabled' });
    // while the server decides: a spinner, the switch disabled and still showing the server's value
    expect(screen.getByRole('status', { name: 'Saving Close resolved' })).toBeInTheDocument();
    expect(closeSwitch).not.toBeChecked();
    expect(closeSwitch).toBeDisabled();
    answer();
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Close resolved enabled' })).toBeChecked());
    expect(await screen.findByText('Rule “Close resolved” enabled')).toBeInTheDocument();
    expect(api.mutations().at(-1)?.body).toMatchObject({ enabled: true, version: 1, name: 'Close resolved' });
    expect(toggle).toBeChecked();
  });

  it('keeps a refused switch where the server holds it and says why', async () => {
    installFakeAutomation({ rules: RULES });
    server.use(
      http.put('/api/automation/rules/:id', async () => {
        await delay(10);
        return invalidInput(
          [{ field: 'conditions[0].value', message: 'names a deleted queue' }],
          'Fix the rule first.',
        );
      }),
    );
    const { user } = renderAutomation('/settings/automation');
    await user.click(await screen.findByRole('switch', { name: 'Close resolved enabled' }));
    expect(await screen.findByText('Not changed: Fix the rule first.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Close resolved enabled' })).not.toBeChecked();
  });

  it('reorders by keyboard on the drag handle, and by the move buttons', async () => {
    const api = installFakeAutomation({ rules: RULES });
    const { user } = renderAutomation('/settings/automation');
    const handle = await screen.findByRole('button', { name: 'Reorder Triage billing' });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByText('Picked up Triage billing, position 1 of 3.')).toBeInTheDocument());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getByText('Triage billing moved to position 2 of 3.')).toBeInTheDocument());
    await user.keyboard(' ');

    await waitFor(() =>
      expect(api.rules().map((r) => r.name)).toEqual(['Close resolved', 'Triage billing', 'Escalate']),
    );
    expect(api.mutations().at(-1)).toMatchObject({
      method: 'PUT',
      path: '/api/automation/rules/order',
      body: { ids: ['rule-2', 'rule-1', 'rule-3'] },
    });
    await waitFor(() => expect(names()).toEqual(['Close resolved', 'Triage billing', 'Escalate']));

    await user.click(screen.getByRole('button', { name: 'Move Escalate up' }));
    await waitFor(() => expect(api.rules().map((r) => r.id)).toEqual(['rule-2', 'rule-3', 'rule-1']));
    await waitFor(() => expect(names()).toEqual(['Close resolved', 'Escalate', 'Triage billing']));
  });

  it('puts the order back when the server refuses it', async () => {
    installFakeAutomation({ rules: RULES });
    server.use(
      http.put('/api/automation/rules/order', () =>
        invalidInput([{ field: 'ids', message: 'must name every rule once' }], 'A rule was added meanwhile.'),
      ),
    );
    const { user } = renderAutomation('/settings/automation');
    await user.click(await screen.findByRole('button', { name: 'Move Escalate up' }));
    expect(await screen.findByText('The order was not changed: A rule was added meanwhile.')).toBeInTheDocument();
    expect(names()).toEqual(['Triage billing', 'Close resolved', 'Escalate']);
  });
});
