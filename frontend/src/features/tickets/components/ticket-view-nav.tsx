import text from '@/components/text.module.css';
import { Badge, Divider, NavLink, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
  IconCircleDot,
  IconClockPause,
  IconInbox,
  IconList,
  IconLock,
  IconProgress,
  IconUser,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTicketCounts } from '../api/tickets-api';
import { VIEW_LABELS } from '../labels';
import type { QueueOption, TicketView } from '../types';

/** Which entry of the navigation is showing. */
export type NavSelection = { kind: 'view'; view: TicketView } | { kind: 'queue'; queueId: string } | null;

/** `alert`: the count's colour while it is not zero (SLA views: something needs attention). */
const NAV_VIEWS: { view: Exclude<TicketView, 'active'>; icon: Icon; alert?: string }[] = [
  { view: 'my', icon: IconUser },
  { view: 'unassigned', icon: IconInbox },
  { view: 'at_risk', icon: IconAlertTriangle, alert: 'orange' },
  { view: 'breached', icon: IconClockExclamation, alert: 'red' },
  { view: 'open', icon: IconCircleDot },
  { view: 'in_progress', icon: IconProgress },
  { view: 'pending', icon: IconClockPause },
  { view: 'resolved', icon: IconCircleCheck },
  { view: 'closed', icon: IconLock },
  { view: 'all', icon: IconList },
];

/**
 * A link's content read as "Open, 8 tickets" (the badge alone reads "Open 8"): hidden words around the visible
 * ones, so the name still holds the visible text (an aria-label would hide it from voice control).
 *
 * `clamp`: a name its admins choose, a queue's ("Level 2 Hardware Escalations EMEA"), shows two lines at most, then
 * "…", so a long one does not push the other queues down; the whole name shows on hover (`title`) and stays the
 * link's text, so the link is still named like the others, "Level 2 Hardware Escalations EMEA, 3 tickets".
 */
function NavLabel({ label, count, clamp = false }: { label: string; count: number | undefined; clamp?: boolean }) {
  const comma = count !== undefined && <span className={text.inlineHidden}>,</span>;
  if (!clamp) {
    return (
      <>
        {label}
        {comma}
      </>
    );
  }
  return (
    <Text span inherit lineClamp={2} title={label} className={text.breakWords}>
      {label}
      {comma}
    </Text>
  );
}

function CountWords({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return <VisuallyHidden>{count === 1 ? ' ticket' : ' tickets'}</VisuallyHidden>;
}

/** The count badge; absent until the count is known, so its text is always just the number. */
function Count({ testId, value, alert }: { testId: string; value: number | undefined; alert?: string | undefined }) {
  if (value === undefined) return null;
  return (
    <Badge
      size="sm"
      variant="light"
      color={alert && value > 0 ? alert : 'gray'}
      radius="sm"
      data-testid={testId}
      styles={{ root: { fontVariantNumeric: 'tabular-nums', textTransform: 'none' } }}
    >
      {value}
    </Badge>
  );
}

interface QueueGroupProps {
  title: string;
  queues: QueueOption[];
  emptyText: string | undefined;
  selection: NavSelection;
  counts: Map<string, number>;
  onNavigate: (() => void) | undefined;
}

function QueueGroup({ title, queues, emptyText, selection, counts, onNavigate }: QueueGroupProps) {
  if (queues.length === 0 && !emptyText) return null;
  return (
    <>
      <Divider my="xs" />
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {title}
      </Text>
      {queues.length === 0 && (
        <Text size="sm" c="dimmed" px="sm">
          {emptyText}
        </Text>
      )}
      {queues.map((queue) => {
        const active = selection?.kind === 'queue' && selection.queueId === queue.id;
        const count = counts.get(queue.id) ?? queue.activeCount;
        return (
          <NavLink
            key={queue.id}
            component={Link}
            to={`/?view=active&queueId=${encodeURIComponent(queue.id)}`}
            onClick={onNavigate}
            active={active}
            aria-current={active ? 'page' : undefined}
            label={<NavLabel label={queue.name} count={count} clamp />}
            leftSection={<IconUsersGroup size={16} stroke={1.6} aria-hidden />}
            rightSection={
              <>
                <Count testId={`count-queue-${queue.id}`} value={count} />
                <CountWords count={count} />
              </>
            }
            py={6}
          />
        );
      })}
    </>
  );
}

interface TicketViewNavProps {
  queues: QueueOption[];
  selection: NavSelection;
  onNavigate?: () => void;
}

/** Left navigation: the standard views and each team queue, with live counts. */
export function TicketViewNav({ queues, selection, onNavigate }: TicketViewNavProps) {
  const { data: counts } = useTicketCounts();
  const queueCounts = new Map((counts?.queues ?? []).map((q) => [q.id, q.count]));
  const teamQueues = queues.filter((q) => !q.archived).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const mine = teamQueues.filter((q) => q.mine);
  // An agent who works some queues sees those first; everyone sees every queue.
  const groups =
    mine.length > 0
      ? [
          { title: 'My queues', queues: mine, emptyText: undefined },
          { title: 'Other queues', queues: teamQueues.filter((q) => !q.mine), emptyText: undefined },
        ]
      : [{ title: 'Team queues', queues: teamQueues, emptyText: 'No queues yet' }];
  return (
    <ScrollArea type="auto" h="100%">
      <Stack gap={2} component="nav" aria-label="Ticket views">
        {NAV_VIEWS.map(({ view, icon: ViewIcon, alert }) => {
          const active = selection?.kind === 'view' && selection.view === view;
          return (
            <NavLink
              key={view}
              component={Link}
              to={`/?view=${view}`}
              onClick={onNavigate}
              active={active}
              aria-current={active ? 'page' : undefined}
              label={<NavLabel label={VIEW_LABELS[view]} count={counts?.views[view]} />}
              leftSection={<ViewIcon size={16} stroke={1.6} aria-hidden />}
              rightSection={
                <>
                  <Count testId={`count-${view}`} value={counts?.views[view]} alert={alert} />
                  <CountWords count={counts?.views[view]} />
                </>
              }
              py={6}
            />
          );
        })}
        {groups.map((group) => (
          <QueueGroup
            key={group.title}
            title={group.title}
            queues={group.queues}
            emptyText={group.emptyText}
            selection={selection}
            counts={queueCounts}
            onNavigate={onNavigate}
          />
        ))}
      </Stack>
    </ScrollArea>
  );
}
