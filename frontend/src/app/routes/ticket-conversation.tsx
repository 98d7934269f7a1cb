import { useMemo, useState } from 'react';
import { Conversation, type SendAndSetStatus, type TimelineEvent } from '@/features/conversation';
import type { Me } from '@/features/identity';
import { ComposingNote, usePresenceReport } from '@/features/live';
import type { Member } from '@/features/members';
import { ActivityLine, isTicketFieldActivity, useTicketActivity } from '@/features/tickets/detail';
import { STATUS_LABELS, useUpdateTicket, type Ticket } from '@/features/tickets/navigation';

interface TicketConversationProps {
  ticketId: string;
  me: Me;
  members: Member[];
  /** The ticket as the page shows it: "Send and set status" offers its allowed moves, with its version. */
  ticket: Ticket;
  /** Opens the next ticket of the agent's list ("Then next ticket"); absent when not from a list. */
  openNext?: (() => void) | undefined;
}

/** The composer's "Send and set …": the reply first, then this status change (the tickets feature's own). */
function useSendAndSet(ticket: Ticket, openNext: (() => void) | undefined): SendAndSetStatus {
  const update = useUpdateTicket(ticket);
  return {
    options: ticket.allowedStatuses
      .filter((status) => status !== ticket.status)
      .map((status) => ({ value: status, label: STATUS_LABELS[status] })),
    setStatus: (value) => {
      const status = ticket.allowedStatuses.find((allowed) => allowed === value);
      return status ? update.mutateAsync({ changes: { status } }) : Promise.reject(new Error(`Not allowed: ${value}`));
    },
    openNext,
  };
}

/**
 * The ticket's one timeline: the conversation feature's replies, notes and files, merged with the
 * tickets feature's field changes (its own conversation entries are left out: the conversation
 * shows those itself).
 */
export function TicketConversation({ ticketId, me, members, ticket, openNext }: TicketConversationProps) {
  const sendAndSet = useSendAndSet(ticket, openNext);
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
      sendAndSet={sendAndSet}
    />
  );
}
