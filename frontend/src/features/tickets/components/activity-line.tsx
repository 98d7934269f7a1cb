import text from '@/components/text.module.css';
import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconPencil, IconPlus } from '@tabler/icons-react';
import { RelativeTime } from '@/components/relative-time';
import type { Activity, ActivityField } from '../types';

const FIELD_NAMES: Record<ActivityField, string> = {
  status: 'status',
  priority: 'priority',
  assignee: 'assignee',
  queue: 'queue',
  title: 'title',
  description: 'description',
};

/**
 * The ticket's own history: its creation and field changes. The conversation's entries (comments,
 * edits, redactions, attachments) are shown by the conversation itself, so they are left out here.
 */
export function isTicketFieldActivity(activity: Activity): boolean {
  return activity.action === 'created' || (activity.action === 'changed' && activity.field !== null);
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
  const Icon =
    activity.action === 'created'
      ? IconPlus
      : activity.field === 'description' || activity.field === 'title'
        ? IconPencil
        : IconArrowRight;
  return (
    <ThemeIcon size={20} radius="xl" variant="light" color="gray" aria-hidden>
      <Icon size={12} />
    </ThemeIcon>
  );
}

/** "because #12 was created": the server's cause chain, worded as a reason however it starts. */
export const becauseLine = (because: string) => (/^because\b/i.test(because) ? because : `because ${because}`);

/**
 * One compact line of the ticket's history: "Bob changed status from Open → Pending · 5 minutes ago". A change an
 * automation rule made names the rule ("Automation: Triage") and, below, why it acted ("because #12 was created").
 */
export function ActivityLine({ activity }: { activity: Activity }) {
  const automation = activity.automation ?? null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Bullet activity={activity} />
      <Stack gap={0} miw={0}>
        <Text size="sm" c="dimmed" className={text.breakWords}>
          <Text span fw={600} c="var(--mantine-color-text)" size="sm">
            {automation ? `Automation: ${automation.ruleName}` : activity.actor.name}
          </Text>{' '}
          {describe(activity)} · <RelativeTime value={activity.at} span size="xs" c="dimmed" />
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
