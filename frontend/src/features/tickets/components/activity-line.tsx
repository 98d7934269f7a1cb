import text from '@/components/text.module.css';
import { Group, Text, ThemeIcon } from '@mantine/core';
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

/** One compact line of the ticket's history: "Bob changed status from Open → Pending · 5 minutes ago". */
export function ActivityLine({ activity }: { activity: Activity }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Bullet activity={activity} />
      <Text size="sm" c="dimmed" className={text.breakWords}>
        <Text span fw={600} c="var(--mantine-color-text)" size="sm">
          {activity.actor.name}
        </Text>{' '}
        {describe(activity)} · <RelativeTime value={activity.at} span size="xs" c="dimmed" />
      </Text>
    </Group>
  );
}
