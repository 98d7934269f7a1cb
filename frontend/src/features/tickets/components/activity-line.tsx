import text from '@/components/text.module.css';
import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlarm, IconArrowRight, IconHandStop, IconPencil, IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { RelativeTime } from '@/components/relative-time';
import type { Activity, ActivityField } from '../types';

const FIELD_NAMES: Record<ActivityField, string> = {
  status: 'status',
  priority: 'priority',
  assignee: 'assignee',
  queue: 'queue',
  title: 'title',
  description: 'description',
  first_response: 'first response',
  resolution: 'resolution',
  depth_limit: 'chain depth',
  breaker: 'breaker',
};

const SLA_ACTIONS: ReadonlySet<Activity['action']> = new Set(['sla_at_risk', 'sla_breached', 'sla_due_moved']);

/** What an admin changed that moved a clock (`reason` of an `sla_due_moved` entry), in words. */
const DUE_MOVED_BECAUSE: Record<string, string> = {
  policy: 'an admin changed the SLA policies',
  calendar: 'an admin changed the business calendar',
};

/**
 * The ticket's own history: its creation, field changes, what the SLA clocks did (at risk, breached, due time
 * moved by a policy or calendar change) and where loop protection stopped automation. The conversation's entries
 * (comments, edits, redactions, attachments) are shown by the conversation itself, so they are left out here.
 */
export function isTicketFieldActivity(activity: Activity): boolean {
  return (
    activity.action === 'created' ||
    (activity.action === 'changed' && activity.field !== null) ||
    SLA_ACTIONS.has(activity.action) ||
    activity.action === 'automation_stopped'
  );
}

/**
 * "Automation stopped: “Ping” paused for this ticket — automation changed it 10 times in a minute", or "…: the chain
 * of rules stopped at depth 5, before “Ping”".
 */
function automationStopped(activity: Activity): string {
  const rule = `“${activity.automation?.ruleName ?? 'a rule'}”`;
  const count = activity.newValue ?? '?';
  return activity.field === 'breaker'
    ? `Automation stopped: ${rule} paused for this ticket — automation changed it ${count} times in a minute`
    : `Automation stopped: the chain of rules stopped at depth ${count}, before ${rule}`;
}

const at = (iso: string) => dayjs(iso).format('ddd D MMM, HH:mm');

/** "First response due moved to Tue 2 Jun, 12:00, because an admin changed the SLA policies". */
function dueMoved(activity: Activity): string {
  const clock = activity.field === 'resolution' ? 'Resolution' : 'First response';
  const because = DUE_MOVED_BECAUSE[activity.reason ?? ''] ?? 'an SLA setting changed';
  const where =
    activity.newValue === null
      ? 'has no due time while its clock is paused'
      : `due moved to ${at(activity.newValue)}${activity.oldValue === null ? '' : ` (was ${at(activity.oldValue)})`}`;
  return `${clock} ${where}, because ${because}`;
}

function describe(activity: Activity) {
  if (activity.action === 'created' || activity.field === null) return <>created the ticket</>;
  const field = FIELD_NAMES[activity.field];
  if (activity.field === 'description') return <>edited the description</>;
  const from = activity.oldLabel ?? activity.oldValue ?? 'none';
  const to = activity.newLabel ?? activity.newValue ?? 'none';
  return (
    <>
      changed {field} from <strong>{from}</strong> → <strong>{to}</strong>
    </>
  );
}

function Bullet({ activity }: { activity: Activity }) {
  const sla = SLA_ACTIONS.has(activity.action);
  const stopped = activity.action === 'automation_stopped';
  const Icon = stopped
    ? IconHandStop
    : sla
      ? IconAlarm
      : activity.action === 'created'
        ? IconPlus
        : activity.field === 'description' || activity.field === 'title'
          ? IconPencil
          : IconArrowRight;
  const color =
    activity.action === 'sla_breached' ? 'red' : activity.action === 'sla_at_risk' || stopped ? 'orange' : 'gray';
  return (
    <ThemeIcon size={20} radius="xl" variant="light" color={color} aria-hidden>
      <Icon size={12} />
    </ThemeIcon>
  );
}

/** "because #12 was created": the server's cause chain, worded as a reason however it starts. */
export const becauseLine = (because: string) => (/^because\b/i.test(because) ? because : `because ${because}`);

/**
 * One compact line of the ticket's history: "Bob changed status from Open → Pending · 5 minutes ago". A change an
 * automation rule made names the rule ("Automation: Triage") and, below, why it acted ("because #12 was created").
 * What the system recorded about the SLA reads as a sentence of its own: "First response SLA breached · 2 minutes
 * ago".
 */
export function ActivityLine({ activity }: { activity: Activity }) {
  const automation = activity.automation ?? null;
  const sentence =
    activity.action === 'automation_stopped'
      ? automationStopped(activity)
      : activity.action === 'sla_due_moved'
        ? dueMoved(activity)
        : SLA_ACTIONS.has(activity.action)
          ? (activity.newValue ?? `${FIELD_NAMES[activity.field ?? 'first_response']} SLA changed`)
          : null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Bullet activity={activity} />
      <Stack gap={0} miw={0}>
        <Text size="sm" c="dimmed" className={text.breakWords}>
          {sentence === null ? (
            <>
              <Text span fw={600} c="var(--mantine-color-text)" size="sm">
                {automation ? `Automation: ${automation.ruleName}` : activity.actor.name}
              </Text>{' '}
              {describe(activity)}
            </>
          ) : (
            <Text span c="var(--mantine-color-text)" size="sm">
              {sentence}
            </Text>
          )}{' '}
          · <RelativeTime value={activity.at} span size="xs" c="dimmed" />
        </Text>
        {automation && (
          <Text size="xs" c="dimmed" className={text.breakWords} data-testid="automation-because">
            {becauseLine(automation.because)}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
