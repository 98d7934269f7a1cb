import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeAdminApi } from '@/testing/fake-admin-api';
import { aRule, installFakeAutomation } from '@/testing/fake-automation';
import { ME } from '@/testing/fixtures';
import { renderApp } from './app-test-utils';

const AGENT_ME = { ...ME, currentOrganisation: { ...ME.currentOrganisation, role: 'agent' as const } };

describe('Automation settings', () => {
  it('is in the Settings area for admins, with the organisation’s queues to pick from', async () => {
    installFakeAdminApi();
    installFakeAutomation({ rules: [aRule({ name: 'Triage billing' })] });
    const { user } = renderApp('/settings/automation');
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Automation' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('listitem', { name: 'Triage billing' })).toHaveTextContent('if queue is Billing');
    await user.click(screen.getByRole('link', { name: 'New rule' }));
    await user.click(await screen.findByRole('button', { name: /Assign new tickets in a queue round-robin/ }));
    const condition = screen.getByRole('listitem', { name: 'Condition 1' });
    await user.click(within(condition).getByLabelText('Queue', { selector: 'input' }));
    expect(await screen.findByRole('option', { name: 'Billing' })).toBeInTheDocument();
  });

  it('lets agents read the rules (listed in their Settings) but change nothing', async () => {
    installFakeAdminApi({ me: AGENT_ME });
    installFakeAutomation({ rules: [aRule({ name: 'Triage billing' })] });
    renderApp('/settings/automation');
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Automation' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'SLA policies' })).not.toBeInTheDocument();
    const rule = await screen.findByRole('listitem', { name: 'Triage billing' });
    expect(screen.getByText('Only admins can change rules.')).toBeInTheDocument();
    // no enable switch on the rule (the shell's own dark-theme switch is not the rule's)
    expect(within(rule).queryByRole('switch')).not.toBeInTheDocument();
  });
});
