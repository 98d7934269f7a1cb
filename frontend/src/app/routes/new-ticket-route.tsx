import { useNavigate } from 'react-router';
import { uploadAttachment, useAttachmentLimits } from '@/features/conversation';
import { useMembers } from '@/features/members';
import { useActiveQueues } from '@/features/queues';
import { NewTicketForm } from '@/features/tickets/new-ticket';

export default function NewTicketRoute() {
  const navigate = useNavigate();
  const members = useMembers().data ?? [];
  const queues = useActiveQueues();
  const limits = useAttachmentLimits().data;
  return (
    <NewTicketForm
      members={members}
      queues={queues}
      onCreated={(ticket) => void navigate(`/t/${ticket.number}`)}
      onCancel={() => void navigate('/')}
      attachments={{ limits, upload: (ticket, file) => uploadAttachment(ticket.id, file, null) }}
    />
  );
}
