import type { SlaClock, TicketSla } from '@/lib/api-schema';

/** How a ticket stands against its SLA right now: what the badge shows. */
export type SlaTone = 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met' | 'met_late';

export interface SlaSummary {
  tone: SlaTone;
  /** The short visible text: "2 h 10 m left", "breached 35 m ago", "paused", "met". */
  text: string;
  /** The whole sentence for screen readers and the tooltip: which clock, and what the colour means. */
  description: string;
}

const MINUTE = 60_000;

export const CLOCK_LABELS: Record<string, string> = {
  first_response: 'First response',
  resolution: 'Resolution',
};
export const clockLabel = (kind: string) => CLOCK_LABELS[kind] ?? kind;

/** "2 d 3 h", "2 h 10 m", "35 m", "less than 1 m" from a number of whole minutes. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 1) return 'less than 1 m';
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} m` : `${hours} h`;
  return `${rest} m`;
}

const time = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

interface Named {
  name: string;
  clock: SlaClock;
}

/**
 * The badge's state at `now` (ms). The server's states are a snapshot from when the ticket was read; the time
 * left, at-risk and breached move with the clock, so they are worked out here from the instants.
 */
export function slaSummary(sla: TicketSla, now: number): SlaSummary {
  const clocks: Named[] = [
    { name: 'First response', clock: sla.firstResponse },
    { name: 'Resolution', clock: sla.resolution },
  ];
  const running = clocks.filter((c) => c.clock.state === 'running' || c.clock.state === 'breached');
  const overdue = running
    .filter((c) => time(c.clock.dueAt) <= now)
    .sort((a, b) => time(a.clock.dueAt) - time(b.clock.dueAt));
  const first = overdue[0];
  if (first) {
    const ago = formatMinutes((now - time(first.clock.dueAt)) / MINUTE);
    const when = ago === 'less than 1 m' ? 'just now' : `${ago} ago`;
    return {
      tone: 'breached',
      text: `breached ${when}`,
      description: `SLA breached: ${first.name.toLowerCase()} was due ${when}`,
    };
  }
  const next = running
    .filter((c) => !Number.isNaN(time(c.clock.dueAt)))
    .sort((a, b) => time(a.clock.dueAt) - time(b.clock.dueAt))[0];
  if (next) {
    const left = formatMinutes((time(next.clock.dueAt) - now) / MINUTE);
    const atRisk = running.some((c) => c.clock.atRiskAt !== null && time(c.clock.atRiskAt) <= now);
    return {
      tone: atRisk ? 'at_risk' : 'on_track',
      text: `${left} left`,
      description: `${atRisk ? 'SLA at risk' : 'SLA on track'}: ${next.name.toLowerCase()} due in ${left}`,
    };
  }
  if (clocks.some((c) => c.clock.state === 'paused')) {
    return { tone: 'paused', text: 'paused', description: 'SLA paused while the ticket is pending' };
  }
  const late = clocks.filter((c) => c.clock.state === 'met_late');
  if (late.length > 0) {
    return {
      tone: 'met_late',
      text: 'met late',
      description: `SLA met late: ${late.map((c) => c.name.toLowerCase()).join(' and ')} after the due time`,
    };
  }
  return { tone: 'met', text: 'met', description: 'SLA met: both targets met in time' };
}

export const STATE_LABELS: Record<string, string> = {
  running: 'Running',
  paused: 'Paused',
  met: 'Met',
  breached: 'Breached',
  met_late: 'Met late',
};
export const stateLabel = (state: string) => STATE_LABELS[state] ?? state;

export const SEGMENT_LABELS: Record<string, string> = {
  running: 'Running (business hours)',
  paused_pending: 'Paused while pending',
  paused_stopped: 'Paused (clock stopped)',
  outside_hours: 'Outside business hours',
  holiday: 'Holiday',
};
export const segmentLabel = (kind: string) => SEGMENT_LABELS[kind] ?? kind.replace(/_/g, ' ');
