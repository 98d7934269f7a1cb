import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithRoutes } from '@/testing/render';
import type { Activity } from '../types';
import { ActivityLine, isTicketFieldActivity } from './activity-line';

const assigned = (overrides: Partial<Activity> = {}): Activity => ({
  id: 'a-1',
  action: 'changed',
  field: 'assignee',
  oldValue: null,
  newValue: 'u-bob',
  oldLabel: null,
  newLabel: 'Bob Agent',
  actor: { id: 'u-alice', name: 'Alice Admin' },
  at: new Date().toISOString(),
  automation: null,
  reason: null,
  ...overrides,
});

describe('ActivityLine', () => {
  it('names the person who made a change', () => {
    renderWithRoutes(<ActivityLine activity={assigned()} />);
    expect(screen.getByText('Alice Admin')).toBeInTheDocument();
    expect(screen.queryByTestId('automation-because')).not.toBeInTheDocument();
  });

  it('names the automation rule that made a change, and why it acted', () => {
    renderWithRoutes(
      <ActivityLine
        activity={assigned({
          actor: { id: null, name: 'Automation: Billing round-robin' },
          automation: {
            ruleId: 'r-1',
            ruleName: 'Billing round-robin',
            ruleVersion: 2,
            because: 'because #12 was created',
          },
        })}
      />,
    );
    expect(screen.getByText('Automation: Billing round-robin')).toBeInTheDocument();
    expect(screen.getByText(/changed assignee from/)).toHaveTextContent('changed assignee from none → Bob Agent');
    expect(screen.getByTestId('automation-because')).toHaveTextContent(/^because #12 was created$/);
  });

  it('words a cause without "because" as a reason', () => {
    renderWithRoutes(
      <ActivityLine
        activity={assigned({
          actor: { id: null, name: 'Automation: Escalate' },
          automation: { ruleId: 'r-2', ruleName: 'Escalate', ruleVersion: 1, because: 'rule “Triage” assigned it' },
        })}
      />,
    );
    expect(screen.getByTestId('automation-because')).toHaveTextContent(/^because rule “Triage” assigned it$/);
  });

  it('tells where loop protection stopped automation: the breaker, and a chain too deep', () => {
    const stopped = (field: 'breaker' | 'depth_limit', count: string) =>
      assigned({
        action: 'automation_stopped',
        field,
        newValue: count,
        newLabel: count,
        actor: { id: null, name: 'Automation: Ping' },
        automation: {
          ruleId: 'r-3',
          ruleName: 'Ping',
          ruleVersion: 1,
          because: 'because rule “Pong” set status to pending',
        },
      });
    const { unmount } = renderWithRoutes(<ActivityLine activity={stopped('breaker', '10')} />);
    expect(
      screen.getByText(
        'Automation stopped: “Ping” paused for this ticket — automation changed it 10 times in a minute',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('automation-because')).toHaveTextContent('because rule “Pong” set status to pending');
    unmount();
    renderWithRoutes(<ActivityLine activity={stopped('depth_limit', '5')} />);
    expect(
      screen.getByText('Automation stopped: the chain of rules stopped at depth 5, before “Ping”'),
    ).toBeInTheDocument();
    expect(isTicketFieldActivity(stopped('depth_limit', '5'))).toBe(true);
  });
});
