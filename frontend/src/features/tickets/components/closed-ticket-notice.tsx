import { Alert, Button, Group, Text } from '@mantine/core';
import { useUpdateTicket } from '../api/ticket-mutations';
import type { Ticket } from '../types';

/**
 * A closed ticket says so where the person would act: its fields are read-only until reopened (the
 * server's `editable`, from the lifecycle), and a reply is accepted but does not reopen it — so the
 * notice offers "Reopen" first. `placement` words it for the top of the page or for the conversation.
 */
export function ClosedTicketNotice({ ticket, placement }: { ticket: Ticket; placement: 'fields' | 'reply' }) {
  const reopen = useUpdateTicket(ticket);
  if (ticket.editable) return null;
  const message =
    placement === 'fields'
      ? `#${ticket.number} is closed: its fields are read-only until it is reopened.`
      : `#${ticket.number} is closed. A reply is added to the closed ticket and does not reopen it.`;
  return (
    <Alert color="gray" variant="light" p="xs" data-testid={`closed-notice-${placement}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="default"
          loading={reopen.isPending}
          onClick={() => reopen.mutate({ changes: { status: 'open' } })}
        >
          {placement === 'fields' ? 'Reopen' : 'Reopen before replying'}
        </Button>
      </Group>
    </Alert>
  );
}
