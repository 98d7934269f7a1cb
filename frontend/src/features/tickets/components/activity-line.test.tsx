import { screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { renderWithRoutes } from '@/testing/render';
import type { Activity } from '../types';
import { ActivityLine, isTicketFieldActivity } from './activity-line';

const SYSTEM = { id: null, name: 'WorkTrackr' };
const shown = (iso: string) => dayjs(iso).format('ddd D MMM, HH:mm');

const anEntry = (overrides: Partial<Activity>): Activity => ({
  id: 'a-1',
  action: 'sla_due_moved',
  field: 'first_response',
  oldValue: '2026-06-01T11:00:00Z',
  newValue: '2026-06-01T12:00:00Z',
  oldLabel: '2026-06-01T11:00:00Z',
  newLabel: '2026-06-01T12:00:00Z',
  reason: 'policy',
  automation: null,
  actor: SYSTEM,
  at: '2026-06-01T10:05:00Z',
  ...overrides,
});

describe('ActivityLine', () => {
  it('says in words which due time moved, to when, and because of what', () => {
    renderWithRoutes(<ActivityLine activity={anEntry({})} />);
    expect(
      screen.getByText(
        `First response due moved to ${shown('2026-06-01T12:00:00Z')} (was ${shown('2026-06-01T11:00:00Z')}), because an admin changed the SLA policies`,
      ),
    ).toBeInTheDocument();
  });

  it('names a calendar change, and a paused clock that has no due time', () => {
    renderWithRoutes(
      <ActivityLine activity={anEntry({ field: 'resolution', reason: 'calendar', newValue: null, newLabel: null })} />,
    );
    expect(
      screen.getByText(
        'Resolution has no due time while its clock is paused, because an admin changed the business calendar',
      ),
    ).toBeInTheDocument();
  });

  it('shows a breach as the sentence the server recorded', () => {
    renderWithRoutes(
      <ActivityLine
        activity={anEntry({
          action: 'sla_breached',
          oldValue: null,
          oldLabel: null,
          newValue: 'First response SLA breached',
          newLabel: 'First response SLA breached',
          reason: null,
        })}
      />,
    );
    expect(screen.getByText('First response SLA breached')).toBeInTheDocument();
  });

  it('keeps the SLA entries in the ticket history and leaves the conversation’s to the conversation', () => {
    expect(isTicketFieldActivity(anEntry({}))).toBe(true);
    expect(isTicketFieldActivity(anEntry({ action: 'sla_at_risk' }))).toBe(true);
    expect(isTicketFieldActivity(anEntry({ action: 'commented', field: null }))).toBe(false);
  });
});
