import { useMemo, useState } from 'react';
import { Conversation, type TimelineEvent } from '@/features/conversation';
import type { Me } from '@/features/identity';
import { ComposingNote, usePresenceReport } from '@/features/live';
import type { Member } from '@/features/members';
import { ActivityLine, isTicketFieldActivity, useTicketActivity } from '@/features/tickets/detail';

interface TicketConversationProps {
  ticketId: string;
  me: Me;
  members: Member[];
}

/**
 * The ticket's one timeline: the conversation feature's replies, notes and files, merged with the
 * tickets feature's field changes (its own conversation entries are left out: the conversation
 * shows those itself).
 */
export function TicketConversation({ ticketId, me, members }: TicketConversationProps) {
  // Presence: this person views the ticket, and says so while writing a reply.
  const [composing, setComposing] = useState(false);
  usePresenceReport(ticketId, composing);
  const activity = useTicketActivity(ticketId);
  const events = useMemo(
    (): TimelineEvent[] =>
      (activity.data ?? []).filter(isTicketFieldActivity).map((entry) => ({
        id: entry.id,
        at: entry.at,
        content: <ActivityLine activity={entry} />,
      })),
    [activity.data],
  );
  return (
    <Conversation
      ticketId={ticketId}
      currentUser={me.user}
      canRedact={me.currentOrganisation.role === 'admin'}
      members={members}
      events={events}
      eventsPending={activity.isPending}
      eventsError={activity.error?.humanMessage}
      onComposingChange={setComposing}
      composerNote={<ComposingNote ticketId={ticketId} meId={me.user.id} />}
    />
  );
}
