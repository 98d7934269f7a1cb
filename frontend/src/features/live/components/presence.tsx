import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import type { LiveViewer } from '@/lib/live-stream';
import { usePresence } from '../api/live-api';
import classes from './live.module.css';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

const names = (viewers: LiveViewer[]) => viewers.map((v) => v.name).join(', ');

/** Avatars of the others who have this ticket open right now. */
export function PresenceAvatars({ ticketId, meId }: { ticketId: string; meId: string }) {
  const { others } = usePresence(ticketId, meId);
  if (others.length === 0) return null;
  const label = `Also viewing: ${names(others)}`;
  return (
    <Tooltip label={label} withArrow>
      <Group gap={6} wrap="nowrap" role="group" aria-label={label} data-testid="presence">
        <Avatar.Group spacing="xs">
          {others.slice(0, 4).map((viewer) => (
            <Avatar key={viewer.id} size="sm" radius="xl" color="indigo" aria-hidden>
              {initials(viewer.name)}
            </Avatar>
          ))}
        </Avatar.Group>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {others.length === 1 ? 'also viewing' : `${others.length} also viewing`}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** "Bob is replying…" while someone else writes on this ticket. */
export function ComposingNote({ ticketId, meId }: { ticketId: string; meId: string }) {
  const { composing } = usePresence(ticketId, meId);
  if (composing.length === 0) return null;
  const who = names(composing);
  return (
    <Text size="xs" c="dimmed" role="status" className={classes.typing}>
      {who} {composing.length === 1 ? 'is' : 'are'} replying…
    </Text>
  );
}
