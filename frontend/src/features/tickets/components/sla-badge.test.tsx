import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLA, SLA_NOW, aClock } from '@/testing/fixtures';
import { renderWithRoutes } from '@/testing/render';
import type { TicketSla } from '../types';
import { SlaBadge } from './sla-badge';

const badge = () => screen.getByTestId('sla-badge');

describe('SLA badge', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: SLA_NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each<[string, () => TicketSla, string, string, RegExp]>([
    ['on track', SLA.onTrack, 'on_track', '2 h 10 m left', /SLA on track: first response due in 2 h 10 m/],
    ['at risk', SLA.atRisk, 'at_risk', '10 m left', /SLA at risk: first response due in 10 m/],
    ['breached', SLA.breached, 'breached', 'breached 35 m ago', /SLA breached: first response was due 35 m ago/],
    ['paused', SLA.paused, 'paused', 'paused', /SLA paused while the ticket is pending/],
    ['met', SLA.met, 'met', 'met', /SLA met: both targets met in time/],
  ])('says %s in words, not only in colour', (_, sla, tone, text, sentence) => {
    renderWithRoutes(<SlaBadge sla={sla()} />);
    expect(badge()).toHaveAttribute('data-tone', tone);
    expect(screen.getByText(text, { exact: true })).toBeInTheDocument();
    expect(badge()).toHaveTextContent(sentence);
  });

  it('says "met late" when a clock was met after its due time', () => {
    const sla = SLA.met();
    sla.firstResponse = aClock({ state: 'met_late', metAt: new Date(SLA_NOW).toISOString(), leftBusinessMinutes: -5 });
    renderWithRoutes(<SlaBadge sla={sla} />);
    expect(badge()).toHaveAttribute('data-tone', 'met_late');
    expect(badge()).toHaveTextContent(/SLA met late: first response after the due time/);
  });

  it('marks a ticket without a policy as such', () => {
    renderWithRoutes(<SlaBadge sla={null} />);
    expect(badge()).toHaveTextContent('No SLA');
  });

  it('counts down every minute without a reload, turns amber at the at-risk instant and red at the due', async () => {
    const sla = SLA.onTrack(); // first response due in 2 h 10 m, at risk in 1 h 40 m
    renderWithRoutes(<SlaBadge sla={sla} />);
    expect(screen.getByText('2 h 10 m left')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.getByText('2 h 9 m left')).toBeInTheDocument();
    expect(badge()).toHaveAttribute('data-tone', 'on_track');

    await act(() => vi.advanceTimersByTimeAsync(99 * 60_000)); // 100 minutes in: at risk
    expect(screen.getByText('30 m left')).toBeInTheDocument();
    expect(badge()).toHaveAttribute('data-tone', 'at_risk');

    await act(() => vi.advanceTimersByTimeAsync(35 * 60_000)); // 5 minutes past the due
    expect(screen.getByText('breached 5 m ago')).toBeInTheDocument();
    expect(badge()).toHaveAttribute('data-tone', 'breached');
  });

  it('shares one minute timer between all badges on screen', () => {
    renderWithRoutes(
      <>
        <SlaBadge sla={SLA.onTrack()} />
        <SlaBadge sla={SLA.atRisk()} />
        <SlaBadge sla={SLA.breached()} />
      </>,
    );
    expect(screen.getAllByTestId('sla-badge')).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(1);
  });
});
