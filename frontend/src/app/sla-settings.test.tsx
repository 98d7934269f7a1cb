import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { PREVIEW_FROM, installFakeSlaAdmin } from '@/testing/fake-sla-admin';
import { ME } from '@/testing/fixtures';
import { renderApp } from './app-test-utils';

const AGENT_ME = { ...ME, currentOrganisation: { ...ME.currentOrganisation, role: 'agent' as const } };

describe('SLA settings', () => {
  it('is for admins: agents get "Admins only" and no link', async () => {
    installFakeSlaAdmin({ me: AGENT_ME });
    renderApp('/settings/sla');
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).queryByRole('link', { name: 'SLA policies' })).not.toBeInTheDocument();
  });

  it('lists the policies in match order with their targets and the calendars with their hours', async () => {
    installFakeSlaAdmin();
    renderApp('/settings/sla');
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'SLA policies' })).toHaveAttribute('aria-current', 'page');
    const policy = await screen.findByRole('listitem', { name: 'Default' });
    expect(policy).toHaveTextContent('Every ticket · on Business hours');
    expect(policy).toHaveTextContent('urgent 1 h / 4 h');
    expect(policy).toHaveTextContent('low 1 d / 5 d');
    const calendar = screen.getByRole('listitem', { name: 'Business hours' });
    expect(calendar).toHaveTextContent('UTC · Mon 09:00–17:00 · Tue 09:00–17:00');
    expect(calendar).toHaveTextContent('No holidays');
  });

  it('previews, per priority, when a ticket created now would be due, as the server works it out', async () => {
    const api = installFakeSlaAdmin();
    const { user } = renderApp('/settings/sla');
    await user.click(await screen.findByRole('button', { name: 'New policy' }));
    const form = screen.getByRole('form', { name: 'New policy' });
    const shown = (minutes: number) => dayjs(Date.parse(PREVIEW_FROM) + minutes * 60_000).format('ddd D MMM, HH:mm');
    const row = async (priority: string) =>
      within(await within(form).findByRole('table', { name: 'Due times of a ticket created now' }))
        .getByRole('cell', { name: priority })
        .closest('tr')!;

    // the default targets: urgent 60 / 240 business minutes
    await waitFor(async () => expect(await row('Urgent')).toHaveTextContent(`${shown(60)}${shown(240)}`));
    expect(within(form).getByRole('status')).toHaveTextContent(
      `A ticket created now (${dayjs(PREVIEW_FROM).format('ddd D MMM, HH:mm')}) would be due at these times`,
    );
    const asked = api.requests.filter((r) => r.path === '/api/sla/calendars/cal-1/due-times');
    expect(new URLSearchParams(asked.at(-1)?.search).get('minutes')).toBe('60,240,480,1440,2400');

    const urgentFirst = within(form).getByRole('textbox', { name: 'Urgent first response (business minutes)' });
    await user.clear(urgentFirst);
    await user.type(urgentFirst, '30');
    await waitFor(async () => expect(await row('Urgent')).toHaveTextContent(`${shown(30)}${shown(240)}`));
    // an empty target has no due time
    await user.clear(urgentFirst);
    await waitFor(async () => expect(await row('Urgent')).toHaveTextContent(`—${shown(240)}`));
    expect(api.mutations()).toEqual([]);
  });

  it('creates a policy for a queue and a priority, and shows refused targets on their fields', async () => {
    const api = installFakeSlaAdmin();
    const { user } = renderApp('/settings/sla');
    await user.click(await screen.findByRole('button', { name: 'New policy' }));
    const form = screen.getByRole('form', { name: 'New policy' });
    await user.type(within(form).getByLabelText('Name'), 'Billing urgent');
    await user.click(within(form).getByLabelText('Queues', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Billing' }));
    await user.click(within(form).getByLabelText('Priorities', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Urgent' }));
    const urgentFirst = within(form).getByRole('textbox', { name: 'Urgent first response (business minutes)' });
    await user.clear(urgentFirst);
    await user.type(urgentFirst, '300');
    await user.click(within(form).getByRole('button', { name: 'Create policy' }));

    // first response longer than the resolution: refused on that very field, nothing created
    expect(await within(form).findByText('must not be longer than the resolution target')).toBeInTheDocument();
    expect(urgentFirst).toHaveAttribute('aria-invalid', 'true');
    expect(api.policies()).toHaveLength(1);

    await user.clear(urgentFirst);
    await user.type(urgentFirst, '30');
    await user.click(within(form).getByRole('button', { name: 'Create policy' }));
    expect(await screen.findByRole('listitem', { name: 'Billing urgent' })).toHaveTextContent(
      'Tickets in queue Billing with priority urgent · on Business hours',
    );
    const created = api.mutations().at(-1)!;
    expect(created.method).toBe('POST');
    expect(created.path).toBe('/api/sla/policies');
    expect(created.body).toMatchObject({
      name: 'Billing urgent',
      calendarId: 'cal-1',
      queueIds: ['q-billing'],
      priorities: ['urgent'],
      targets: { urgent: { firstResponseMinutes: 30, resolutionMinutes: 240 } },
      atRiskPercent: 25,
      atRiskFloorMinutes: 15,
    });
  });

  it('moves a policy up the order and refuses to delete one that clocks run on', async () => {
    const api = installFakeSlaAdmin();
    const { user } = renderApp('/settings/sla');
    await user.click(await screen.findByRole('button', { name: 'New policy' }));
    await user.type(within(screen.getByRole('form', { name: 'New policy' })).getByLabelText('Name'), 'VIP');
    await user.click(screen.getByRole('button', { name: 'Create policy' }));
    await user.click(await screen.findByRole('button', { name: 'Move VIP up' }));
    await waitFor(() => expect(api.policies().map((p) => p.name)).toEqual(['VIP', 'Default']));
    const order = within(screen.getByRole('list', { name: 'Policies in match order' }));
    await waitFor(() => expect(order.getAllByRole('listitem')[0]).toHaveAccessibleName('VIP'));

    await user.click(within(screen.getByRole('listitem', { name: 'Default' })).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tickets’ clocks run on this policy');
    expect(api.policies()).toHaveLength(2);
  });

  it('edits a calendar: split shifts, a holiday, a time zone; a bad interval is shown where it is', async () => {
    const api = installFakeSlaAdmin();
    const { user } = renderApp('/settings/sla');
    const calendar = await screen.findByRole('listitem', { name: 'Business hours' });
    await user.click(within(calendar).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit calendar Business hours' });

    // Monday becomes a split shift: 09:00–12:00 and 13:00–17:00
    const mondayEnd = within(form).getByRole('textbox', { name: 'Monday interval 1 end' });
    await user.clear(mondayEnd);
    await user.type(mondayEnd, '12:00');
    await user.click(within(form).getByRole('button', { name: 'Add Monday interval' }));
    const secondStart = within(form).getByRole('textbox', { name: 'Monday interval 2 start' });
    const secondEnd = within(form).getByRole('textbox', { name: 'Monday interval 2 end' });
    await user.clear(secondStart);
    await user.type(secondStart, '13:00');
    await user.clear(secondEnd);
    await user.type(secondEnd, '17:00');
    // Friday's interval is backwards: refused as hours[5], shown on Friday
    const fridayEnd = within(form).getByRole('textbox', { name: 'Friday interval 1 end' });
    await user.clear(fridayEnd);
    await user.type(fridayEnd, '08:00');
    await user.type(within(form).getByLabelText('Add a holiday'), '2026-12-25');
    await user.click(within(form).getByRole('button', { name: 'Add holiday' }));
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));

    const fridayStart = within(form).getByRole('textbox', { name: 'Friday interval 1 start' });
    await waitFor(() => expect(fridayStart).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByRole('textbox', { name: 'Monday interval 2 start' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(api.calendars()[0]!.holidays).toEqual([]);

    await user.clear(fridayEnd);
    await user.type(fridayEnd, '17:00');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));
    const saved = await screen.findByRole('listitem', { name: 'Business hours' });
    expect(saved).toHaveTextContent('Mon 09:00–12:00, 13:00–17:00');
    expect(saved).toHaveTextContent('1 holiday: 2026-12-25');
    expect(api.calendars()[0]!.hours.filter((h) => h.day === 'monday')).toEqual([
      { day: 'monday', start: '09:00', end: '12:00' },
      { day: 'monday', start: '13:00', end: '17:00' },
    ]);
  });

  it('creates a 24×7 calendar and names an unknown time zone on its field', async () => {
    const api = installFakeSlaAdmin();
    const { user } = renderApp('/settings/sla');
    await user.click(await screen.findByRole('button', { name: 'New calendar' }));
    const form = screen.getByRole('form', { name: 'New calendar' });
    await user.type(within(form).getByLabelText('Name'), 'Around the clock');
    await user.click(within(form).getByRole('button', { name: '24×7' }));
    await user.click(within(form).getByRole('button', { name: 'Create calendar' }));
    expect(await screen.findByRole('listitem', { name: 'Around the clock' })).toHaveTextContent('UTC · 24×7');
    expect(api.calendars().at(-1)!.hours).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: 'New calendar' }));
    const second = screen.getByRole('form', { name: 'New calendar' });
    await user.type(within(second).getByLabelText('Name'), 'Mars office');
    const zone = within(second).getByLabelText('Time zone', { selector: 'input' });
    await user.clear(zone);
    await user.type(zone, 'Asia/Tokyo');
    await user.click(await screen.findByRole('option', { name: 'Asia/Tokyo' }));
    await user.click(within(second).getByRole('button', { name: 'Create calendar' }));
    expect(
      await within(second).findByText('is not a known time zone (IANA, such as Europe/Berlin)'),
    ).toBeInTheDocument();
  });

  it('shows the background recompute after a change until no ticket is left', async () => {
    installFakeSlaAdmin({ recomputeLeft: [0, 12, 0] });
    const { user } = renderApp('/settings/sla');
    await user.click(
      within(await screen.findByRole('listitem', { name: 'Default' })).getByRole('button', { name: 'Edit' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Recomputing due times of open tickets: 12 tickets left.',
    );
    await waitFor(() => expect(screen.queryByText(/Recomputing due times/)).not.toBeInTheDocument(), {
      timeout: 5_000,
    });
  });
});
