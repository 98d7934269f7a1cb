import { useParams } from 'react-router';
import { CommentHtml } from '@/features/conversation';
import { PresenceAvatars } from '@/features/live';
import { useMembers } from '@/features/members';
import { useMarkTicketNotificationsRead } from '@/features/notifications';
import { useQueues } from '@/features/queues';
import { TicketDetail, TicketNotFound } from '@/features/tickets/detail';
import { useSignedInMe } from './require-auth';
import { TicketConversation } from './ticket-conversation';
import { useTicketPageShortcuts } from './ticket-shortcuts';

/** Opening a ticket reads what it was notified about. */
function TicketConversationMarkingRead(props: Parameters<typeof TicketConversation>[0]) {
  useMarkTicketNotificationsRead(props.ticketId);
  return <TicketConversation {...props} />;
}

export default function TicketRoute() {
  const { number } = useParams();
  const parsed = Number(number?.replace(/^#/, ''));
  if (!Number.isInteger(parsed) || parsed <= 0) return <TicketNotFound />;
  return <TicketPage number={parsed} />;
}

function TicketPage({ number: parsed }: { number: number }) {
  const me = useSignedInMe();
  const members = useMembers().data ?? [];
  const queues = useQueues().data ?? [];
  const goTo = useTicketPageShortcuts(parsed);
  return (
    <TicketDetail
      key={parsed}
      number={parsed}
      members={members}
      queues={queues}
      currentUser={me.user}
      presence={(ticket) => <PresenceAvatars ticketId={ticket.id} meId={me.user.id} />}
      renderedHtml={(html) => <CommentHtml html={html} />}
      conversation={(ticket) => (
        <TicketConversationMarkingRead
          ticketId={ticket.id}
          ticket={ticket}
          me={me}
          members={members}
          openNext={goTo.canStep ? () => goTo.step(1) : undefined}
        />
      )}
    />
  );
}
// The shell's lazily loaded command palette and shortcut help travel in this chunk (see the shell), and so does the
// list's bulk bar (see the dashboard route).
export { BulkActionBar } from '@/features/tickets/bulk';
export { default as CommandPalette } from '../shell/command-palette';
export { ShortcutsDialog } from '../shell/shortcuts-dialog';
