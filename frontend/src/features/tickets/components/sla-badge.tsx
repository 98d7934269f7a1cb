import {
  Alert,
  Center,
  Divider,
  Group,
  Loader,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconClock,
  IconClockExclamation,
  IconPlayerPause,
  type Icon,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useId, useState, type ReactNode } from 'react';
import { useMinuteTick } from '@/lib/minute-tick';
import { useTicketSla } from '../api/tickets-api';
import { clockLabel, formatMinutes, segmentLabel, slaSummary, stateLabel, type SlaTone } from '../sla';
import type { SlaClockExplanation, TicketSla } from '../types';
import classes from './sla-badge.module.css';

/** Each state's icon (its colour is in sla-badge.module.css, by `data-tone`). */
const TONE_ICONS: Record<SlaTone, Icon> = {
  on_track: IconClock,
  at_risk: IconAlertTriangle,
  breached: IconClockExclamation,
  paused: IconPlayerPause,
  met: IconCheck,
  met_late: IconCheck,
};

/**
 * A ticket's SLA at a glance: time left to the nearest running due (green; amber once at risk), how long ago it
 * was breached (red), paused while pending (grey) or met (a check mark). It re-renders on the shared minute
 * tick; the colour is never the only signal (an icon per state and a full sentence for screen readers).
 */
export function SlaBadge(props: { sla: TicketSla | null; testId?: string }) {
  const now = useMinuteTick();
  return <SlaBadgeAt {...props} now={now} />;
}

/** {@link SlaBadge} at `now`: a list passes its one minute tick to every row instead of a tick per badge. */
export function SlaBadgeAt({
  sla,
  testId = 'sla-badge',
  now,
}: {
  sla: TicketSla | null;
  testId?: string;
  now: number;
}) {
  // plain elements, not Mantine's Badge/Text: a list renders one per row (issue 15's render budget)
  if (sla === null) {
    return (
      <span className={classes.none} data-testid={testId} data-tone="none">
        <span aria-hidden>—</span>
        <span className={classes.visuallyHidden}>No SLA</span>
      </span>
    );
  }
  const summary = slaSummary(sla, now);
  const ToneIcon = TONE_ICONS[summary.tone];
  return (
    <span className={classes.badge} title={summary.description} data-testid={testId} data-tone={summary.tone}>
      <ToneIcon size={12} stroke={2} aria-hidden className={classes.icon} />
      <span aria-hidden>{summary.text}</span>
      <span className={classes.visuallyHidden}>{summary.description}</span>
    </span>
  );
}

/** The badge as a button that opens the explanation (policy, targets, each clock and its timeline). */
export function SlaBadgeWithDetails({ ticketId, sla }: { ticketId: string; sla: TicketSla | null }) {
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  if (sla === null) return <Text size="sm">No SLA policy</Text>;
  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-haspopup="dialog"
          aria-expanded={opened}
          className={classes.trigger}
        >
          <SlaBadge sla={sla} />
          <VisuallyHidden>(show SLA details)</VisuallyHidden>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={headingId}>
        <VisuallyHidden component="h2" id={headingId}>
          SLA details
        </VisuallyHidden>
        <SlaExplanationPanel ticketId={ticketId} />
      </Popover.Dropdown>
    </Popover>
  );
}

const at = (iso: string | null) => (iso === null ? '—' : dayjs(iso).format('ddd D MMM, HH:mm'));
const span = (from: string, to: string) =>
  dayjs(from).isSame(dayjs(to), 'day')
    ? `${dayjs(from).format('ddd D MMM, HH:mm')}–${dayjs(to).format('HH:mm')}`
    : `${at(from)} – ${at(to)}`;

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xs" ta="right">
        {children}
      </Text>
    </Group>
  );
}

function ClockDetails({ explained }: { explained: SlaClockExplanation }) {
  const { clock } = explained;
  const left = clock.leftBusinessMinutes;
  return (
    <Stack gap={4} data-testid={`sla-clock-${explained.kind}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {clockLabel(explained.kind)}
        </Text>
        <Text size="xs" fw={500}>
          {stateLabel(clock.state)}
        </Text>
      </Group>
      <Line label="Target">{formatMinutes(explained.targetBusinessMinutes)} business time</Line>
      <Line label="Started">{at(explained.startedAt)}</Line>
      <Line label="Due">{at(clock.dueAt)}</Line>
      {clock.metAt && <Line label="Met">{at(clock.metAt)}</Line>}
      <Line label="Used">{formatMinutes(clock.usedBusinessMinutes)} business time</Line>
      <Line label={left < 0 ? 'Overdue by' : 'Left'}>
        {formatMinutes(Math.abs(left))} business time
        {explained.leftCalendarMinutes !== null && left >= 0
          ? ` (${formatMinutes(explained.leftCalendarMinutes)} on the clock)`
          : ''}
      </Line>
      <Line label="At risk when">{formatMinutes(explained.atRiskThresholdBusinessMinutes)} left</Line>
      {explained.segments.length > 0 && (
        <ol className={classes.timeline} aria-label={`${clockLabel(explained.kind)} timeline`}>
          {explained.segments.map((segment) => (
            <li key={`${segment.kind}-${segment.from}`} data-kind={segment.kind}>
              <Text size="xs" component="span" fw={500}>
                {segmentLabel(segment.kind)}
              </Text>
              <Text size="xs" component="span" c="dimmed">
                {span(segment.from, segment.to)}
                {segment.businessMinutes > 0 ? ` · ${formatMinutes(segment.businessMinutes)}` : ''}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </Stack>
  );
}

/** `GET /api/tickets/{id}/sla` in words: the policy, its calendar and each clock with its timeline. */
export function SlaExplanationPanel({ ticketId }: { ticketId: string }) {
  const query = useTicketSla(ticketId, true);
  if (query.isPending) {
    return (
      <Center py="md">
        <Loader size="xs" aria-label="Loading SLA details" />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the SLA details">
        {query.error.humanMessage}
      </Alert>
    );
  }
  const explanation = query.data;
  if (explanation.policy === null) {
    return (
      <Text size="sm" c="dimmed">
        No SLA policy applies to this ticket.
      </Text>
    );
  }
  return (
    <Stack gap="xs" className={classes.panel}>
      <div>
        <Text size="sm" fw={600}>
          {explanation.policy.name}
        </Text>
        <Text size="xs" c="dimmed">
          Business hours: {explanation.calendarName} ({explanation.timeZone})
        </Text>
      </div>
      {explanation.clocks.map((clock, index) => (
        <div key={clock.kind}>
          {index > 0 && <Divider my={6} />}
          <ClockDetails explained={clock} />
        </div>
      ))}
    </Stack>
  );
}
