import { Alert, Loader, Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { RelativeTime } from '@/components/relative-time';
import { useTicketActivity } from '../api/tickets-api';
import type { Activity, ActivityField } from '../types';

const FIELD_NAMES: Record<ActivityField, string> = {
  status: 'status',
  priority: 'priority',
  assignee: 'assignee',
  queue: 'queue',
  title: 'title',
  description: 'description',
};

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

export function ActivityTimeline({ ticketId }: { ticketId: string }) {
  const activity = useTicketActivity(ticketId);
  if (activity.isPending) return <Loader size="xs" aria-label="Loading activity" />;
  if (activity.isError) {
    return (
      <Alert color="red" variant="light">
        Could not load the activity: {activity.error.humanMessage}
      </Alert>
    );
  }
  if (activity.data.length === 0) return <Text size="sm" c="dimmed">No activity yet.</Text>;
  return (
    <Timeline bulletSize={18} lineWidth={2} aria-label="Activity">
      {activity.data.map((entry) => (
        <Timeline.Item
          key={entry.id}
          bullet={
            entry.action === 'created' ? <IconPlus size={10} aria-hidden /> : <IconArrowRight size={10} aria-hidden />
          }
        >
          <Text size="sm">
            <strong>{entry.actor.name}</strong> {describe(entry)}
          </Text>
          <RelativeTime value={entry.at} size="xs" c="dimmed" />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
