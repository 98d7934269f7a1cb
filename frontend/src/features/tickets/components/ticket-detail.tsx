import text from '@/components/text.module.css';
import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Box, Center, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { RelativeTime } from '@/components/relative-time';
import { useTicketSaving } from '../api/ticket-saving';
import { useTicketByNumber } from '../api/tickets-api';
import { STATUS_COLORS, STATUS_LABELS } from '../labels';
import type { Assignable, QueueOption, Ticket } from '../types';
import { ClosedTicketNotice } from './closed-ticket-notice';
import { DraftMarker } from './draft-marker';
import { EditableField } from './editable-field';
import { RemoteChangeNotice } from './remote-change-notice';
import { TicketAssigneeControl } from './ticket-assignee-control';
import { TicketPrioritySelect } from './ticket-priority-select';
import { TicketQueueSelect } from './ticket-queue-select';
import classes from './ticket-detail.module.css';
import { TicketStatusSelect } from './ticket-status-select';
import { SlaBadgeWithDetails } from './sla-badge';

interface TicketDetailProps {
  number: number;
  members: Assignable[];
  queues: QueueOption[];
  currentUser: Assignable;
  /**
   * The conversation below the ticket (one timeline of replies, notes, files and this ticket's
   * field changes), composed in by the app once the ticket is loaded.
   */
  conversation?: (ticket: Ticket) => ReactNode;
  /** Who else is on the ticket right now (composed in by the app), beside the number and status. */
  presence?: (ticket: Ticket) => ReactNode;
  /**
   * The description's server-rendered HTML, shown exactly as comments are (composed in by the app
   * with the conversation's renderer); without it, the Markdown source as text.
   */
  renderedHtml?: (html: string) => ReactNode;
}

function Property({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" mih={30}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Group>
  );
}

export function TicketNotFound() {
  return (
    <Stack align="center" gap="xs" py={64}>
      <Title order={1} size="h3">
        Ticket not found
      </Title>
      <Text c="dimmed" size="sm">
        It may have been mistyped, or it belongs to another organisation.
      </Text>
      <Anchor component={Link} to="/" size="sm">
        Back to tickets
      </Anchor>
    </Stack>
  );
}

export function TicketDetail({
  number,
  members,
  queues,
  currentUser,
  conversation,
  presence,
  renderedHtml,
}: TicketDetailProps) {
  const query = useTicketByNumber(number);
  // the ticket's changes in flight, read once for its controls
  const saving = useTicketSaving(query.data?.id);

  if (query.isPending) {
    return (
      <Center py={64}>
        <Loader size="sm" aria-label="Loading ticket" />
      </Center>
    );
  }
  if (query.isError && !query.data) {
    if (query.error.status === 404) return <TicketNotFound />;
    return (
      <Alert color="red" variant="light" title="Could not load the ticket" m="md">
        {query.error.humanMessage}
      </Alert>
    );
  }
  const ticket = query.data;

  return (
    <div className={classes.layout}>
      <div className={classes.main}>
        <Stack gap="md">
          <RemoteChangeNotice ticketId={ticket.id} meId={currentUser.id} />
          <ClosedTicketNotice ticket={ticket} placement="fields" />
          <div>
            <Group gap="xs" mb={4}>
              <Text c="dimmed" size="sm" ff="monospace">
                #{ticket.number}
              </Text>
              <Badge size="sm" variant="light" color={STATUS_COLORS[ticket.status]}>
                {STATUS_LABELS[ticket.status]}
              </Badge>
              <DraftMarker ticketId={ticket.id} />
              {presence && <Box ml="auto">{presence(ticket)}</Box>}
            </Group>
            <EditableField ticket={ticket} field="title" label="Title">
              <Title order={1} size="h2" className={text.breakWords}>
                {ticket.title}
              </Title>
            </EditableField>
          </div>
          <Paper withBorder radius="md" p="md">
            <EditableField ticket={ticket} field="description" label="Description">
              {ticket.description ? (
                renderedHtml && ticket.descriptionHtml !== null ? (
                  <div data-testid="ticket-description">{renderedHtml(ticket.descriptionHtml)}</div>
                ) : (
                  <Text size="sm" className={text.preWrap} data-testid="ticket-description">
                    {ticket.description}
                  </Text>
                )
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  No description
                </Text>
              )}
            </EditableField>
          </Paper>
        </Stack>
      </div>
      <Paper withBorder radius="md" p="md" component="aside" aria-label="Ticket properties" className={classes.aside}>
        <Stack gap={8}>
          <Property label="Status">
            <TicketStatusSelect ticket={ticket} saving={saving} w={170} />
          </Property>
          <Property label="Priority">
            <TicketPrioritySelect ticket={ticket} saving={saving} w={170} />
          </Property>
          <Property label="Assignee">
            <TicketAssigneeControl
              ticket={ticket}
              saving={saving}
              members={members}
              currentUser={currentUser}
              w={170}
            />
          </Property>
          <Property label="Queue">
            <TicketQueueSelect ticket={ticket} saving={saving} queues={queues} w={170} />
          </Property>
          <Property label="SLA">
            <SlaBadgeWithDetails ticketId={ticket.id} sla={ticket.sla} />
          </Property>
          <Divider my={4} />
          <Property label="Requested by">
            <Text size="sm">{ticket.createdBy.name}</Text>
          </Property>
          <Property label="Created">
            <RelativeTime value={ticket.createdAt} />
          </Property>
          <Property label="Updated">
            <RelativeTime value={ticket.updatedAt} />
          </Property>
          {ticket.firstRespondedAt && (
            <Property label="First response">
              <RelativeTime value={ticket.firstRespondedAt} />
            </Property>
          )}
          {ticket.resolvedAt && (
            <Property label="Resolved">
              <RelativeTime value={ticket.resolvedAt} />
            </Property>
          )}
          {ticket.closedAt && (
            <Property label="Closed">
              <RelativeTime value={ticket.closedAt} />
            </Property>
          )}
        </Stack>
      </Paper>
      {conversation && (
        <div className={classes.conversation}>
          <Stack gap="sm">
            <ClosedTicketNotice ticket={ticket} placement="reply" />
            {conversation(ticket)}
          </Stack>
        </div>
      )}
    </div>
  );
}
