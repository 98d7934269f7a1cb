import { Badge } from '@mantine/core';
import { useHasDraft } from '@/lib/drafts';

/** "Draft" beside a ticket the signed-in person has unsent work on (a reply, a title or description edit). */
export function DraftMarker({ ticketId }: { ticketId: string }) {
  const hasDraft = useHasDraft(ticketId);
  if (!hasDraft) return null;
  return (
    <Badge size="xs" variant="light" color="orange" ml={6} tt="none" data-testid="draft-marker">
      Draft
    </Badge>
  );
}
