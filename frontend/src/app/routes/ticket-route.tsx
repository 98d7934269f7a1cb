import { useParams } from 'react-router';
import { useMembers } from '@/features/members';
import { useQueues } from '@/features/queues';
import { TicketDetail, TicketNotFound } from '@/features/tickets/detail';
import { useSignedInMe } from './require-auth';
import { TicketConversation } from './ticket-conversation';

export default function TicketRoute() {
  const { number } = useParams();
  const me = useSignedInMe();
  const members = useMembers().data ?? [];
  const queues = useQueues().data ?? [];
  const parsed = Number(number?.replace(/^#/, ''));
  if (!Number.isInteger(parsed) || parsed <= 0) return <TicketNotFound />;
  return (
    <TicketDetail
      key={parsed}
      number={parsed}
      members={members}
      queues={queues}
      currentUser={me.user}
      conversation={(ticket) => <TicketConversation ticketId={ticket.id} me={me} members={members} />}
    />
  );
}
