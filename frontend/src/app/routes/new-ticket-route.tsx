import { useNavigate } from 'react-router';
import { useMembers } from '@/features/members';
import { useActiveQueues } from '@/features/queues';
import { NewTicketForm } from '@/features/tickets/new-ticket';

export default function NewTicketRoute() {
  const navigate = useNavigate();
  const members = useMembers().data ?? [];
  const queues = useActiveQueues();
  return (
    <NewTicketForm
      members={members}
      queues={queues}
      onCreated={(ticket) => void navigate(`/t/${ticket.number}`)}
      onCancel={() => void navigate('/')}
    />
  );
}
