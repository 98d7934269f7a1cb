import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useLoadedTicketActivity } from '../api/tickets-api';
import type { Activity } from '../types';

/** How long "Bob changed status to Pending" stays. */
export const REMOTE_CHANGE_NOTICE_MS = 8_000;

/** "Bob Builder changed status to Pending", from one activity entry. */
export function remoteChangeMessage(activity: Activity): string {
  const who = activity.actor.name;
  switch (activity.field) {
    case 'description':
      return `${who} edited the description`;
    case 'title':
      return `${who} changed the title to “${activity.newValue ?? ''}”`;
    case 'assignee':
      return activity.newValue === null
        ? `${who} unassigned the ticket`
        : `${who} assigned the ticket to ${activity.newLabel ?? activity.newValue}`;
    case null:
      return `${who} changed the ticket`;
    default:
      return `${who} changed ${activity.field} to ${activity.newLabel ?? activity.newValue ?? 'none'}`;
  }
}

interface Seen {
  data: Activity[] | undefined;
  ids: ReadonlySet<string> | undefined;
}

/**
 * Says briefly what someone else just changed on the open ticket. The page's fields update by
 * themselves (live events refetch the ticket); this reads the ticket's activity for who and what:
 * entries that appear after the page loaded, by anyone but the signed-in person.
 */
export function RemoteChangeNotice({ ticketId, meId }: { ticketId: string; meId: string }) {
  const activity = useLoadedTicketActivity(ticketId);
  const [seen, setSeen] = useState<Seen>({ data: undefined, ids: undefined });
  const [notice, setNotice] = useState<{ message: string; at: string } | null>(null);

  if (activity.data && !activity.hasNextPage && activity.data !== seen.data) {
    const known = seen.ids;
    const fresh = known ? activity.data.filter((entry) => !known.has(entry.id)) : [];
    setSeen({ data: activity.data, ids: new Set(activity.data.map((entry) => entry.id)) });
    const theirs = fresh.filter(
      (entry) => entry.action === 'changed' && entry.field !== null && entry.actor.id !== meId,
    );
    if (theirs.length > 0) {
      // Newest first from the server; say it oldest first.
      setNotice({ message: theirs.map(remoteChangeMessage).reverse().join(' · '), at: theirs[0]?.id ?? '' });
    }
  }

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), REMOTE_CHANGE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (!notice) return null;
  return (
    <Alert
      role="status"
      color="blue"
      variant="light"
      p="xs"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setNotice(null)}
      data-testid="remote-change"
    >
      {notice.message}
    </Alert>
  );
}
