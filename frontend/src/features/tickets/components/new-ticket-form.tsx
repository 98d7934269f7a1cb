import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useCreateTicket } from '../api/ticket-mutations';
import type { Assignable, NewTicket, Priority, QueueOption, Ticket } from '../types';
import { priorityOptions } from './ticket-priority-select';
import { queueOptions } from './ticket-queue-select';

interface NewTicketFormProps {
  members: Assignable[];
  queues: QueueOption[];
  onCreated: (ticket: Ticket) => void;
  onCancel?: () => void;
}

/** Fields whose server errors show on an input; anything else shows above the form. */
const FORM_FIELDS = ['title', 'description', 'priority', 'queueId', 'assigneeId'] as const;

/**
 * The server validates: nothing here refuses to submit (an empty title goes to the server,
 * and its 422 `errors[]` land on the matching fields).
 */
export function NewTicketForm({ members, queues, onCreated, onCancel }: NewTicketFormProps) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  const [queueId, setQueueId] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const create = useCreateTicket();

  const problem = create.error;
  const fieldError = (field: string) =>
    problem?.errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join('; ') || undefined;
  const otherErrors = problem?.errors.filter((e) => !(FORM_FIELDS as readonly string[]).includes(e.field)) ?? [];
  const showGeneral = problem && (problem.errors.length === 0 || otherErrors.length > 0);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: NewTicket = { title, description, priority };
    if (queueId) body.queueId = queueId;
    if (assigneeId) body.assigneeId = assigneeId;
    create.mutate(body, { onSuccess: (ticket) => onCreated(ticket) });
  };

  const defaultQueue = queues.find((q) => q.isDefault);
  return (
    <Paper withBorder radius="md" p="lg" maw={760}>
      <form onSubmit={submit} noValidate aria-labelledby="new-ticket-heading">
        <Stack gap="md">
          <Title order={1} size="h3" id="new-ticket-heading">
            New ticket
          </Title>
          {showGeneral && (
            <Alert color="red" variant="light" role="alert" title="The ticket was not created">
              {otherErrors.length > 0
                ? otherErrors.map((e) => `${e.field}: ${e.message}`).join('; ')
                : problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Title"
            withAsterisk
            placeholder="Short summary of the request"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the page's one task starts in this field
            autoFocus
          />
          <Textarea
            label="Description"
            placeholder="What happened, what was expected, who is affected"
            autosize
            minRows={5}
            maxRows={16}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Priority"
              data={priorityOptions}
              allowDeselect={false}
              value={priority}
              onChange={(value) => value && setPriority(value)}
              error={fieldError('priority')}
            />
            <Select
              label="Queue"
              placeholder={defaultQueue ? `${defaultQueue.name} (default)` : 'Default queue'}
              clearable
              data={queueOptions(queues)}
              value={queueId}
              onChange={setQueueId}
              error={fieldError('queueId')}
            />
            <Select
              label="Assignee"
              placeholder="Unassigned"
              clearable
              searchable
              data={members.map((m) => ({ value: m.id, label: m.name }))}
              value={assigneeId}
              onChange={setAssigneeId}
              error={fieldError('assigneeId')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={create.isPending}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={create.isPending}>
              Create ticket
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
