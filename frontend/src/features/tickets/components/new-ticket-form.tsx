import { useRef, useState, type SubmitEvent } from 'react';
import {
  Alert,
  Button,
  CloseButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { isApiProblem } from '@/lib/api-problem';
import { useCreateTicket } from '../api/ticket-mutations';
import type { Assignable, NewTicket, Priority, QueueOption, Ticket } from '../types';
import { priorityOptions } from './ticket-priority-select';
import { queueOptions } from './ticket-queue-select';

/** Files for the new ticket: how large one may be, and how one is sent onto the created ticket. */
export interface NewTicketAttachments {
  limits?: { maxFileSize: number; maxFileSizeText: string };
  upload: (ticket: Ticket, file: File) => Promise<unknown>;
}

interface NewTicketFormProps {
  members: Assignable[];
  queues: QueueOption[];
  onCreated: (ticket: Ticket) => void;
  onCancel?: () => void;
  /** Composed in by the app (uploads belong to the conversation): without it, no files. */
  attachments?: NewTicketAttachments;
}

interface ChosenFile {
  key: number;
  file: File;
  /** Why it will not be sent (over the size limit), said at once. */
  refused?: string;
}

let fileSequence = 0;

/** Fields whose server errors show on an input; anything else shows above the form. */
const FORM_FIELDS = ['title', 'description', 'priority', 'queueId', 'assigneeId'] as const;

/**
 * The server validates: nothing here refuses to submit (an empty title goes to the server,
 * and its 422 `errors[]` land on the matching fields, one error each, in place).
 * Files chosen here are uploaded onto the ticket once it exists (a file over the size limit is
 * refused as it is chosen, never sent); a file the server refuses is named, the ticket stays.
 */
export function NewTicketForm({ members, queues, onCreated, onCancel, attachments }: NewTicketFormProps) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  const [queueId, setQueueId] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const create = useCreateTicket();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const limits = attachments?.limits;

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const added = Array.from(list).map((file): ChosenFile => ({
      key: (fileSequence += 1),
      file,
      refused:
        limits && file.size > limits.maxFileSize
          ? `over the limit: a file may be at most ${limits.maxFileSizeText}`
          : undefined,
    }));
    setFiles((current) => [...current, ...added]);
  };

  const uploadAll = async (ticket: Ticket) => {
    const sendable = files.filter((f) => !f.refused);
    if (!attachments || sendable.length === 0) return;
    setUploading(true);
    const failed: string[] = [];
    for (const { file } of sendable) {
      try {
        await attachments.upload(ticket, file);
      } catch (error) {
        failed.push(`${file.name}: ${isApiProblem(error) ? error.humanMessage : 'could not be sent'}`);
      }
    }
    setUploading(false);
    if (failed.length > 0) {
      notifications.show({
        color: 'red',
        title: `#${ticket.number} created, but not every file was attached`,
        message: failed.join(' · '),
        autoClose: false,
      });
    }
  };

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
    create.mutate(body, {
      onSuccess: (ticket) => {
        void uploadAll(ticket).then(() => onCreated(ticket));
      },
    });
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
          {attachments && (
            <Stack gap={6}>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPaperclip size={14} aria-hidden />}
                  onClick={() => fileInput.current?.click()}
                  disabled={create.isPending || uploading}
                >
                  Attach files
                </Button>
                {limits && (
                  <Text size="xs" c="dimmed">
                    Up to {limits.maxFileSizeText} each
                  </Text>
                )}
              </Group>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                aria-label="Attach files"
                onChange={(event) => {
                  addFiles(event.currentTarget.files);
                  event.currentTarget.value = '';
                }}
              />
              {files.length > 0 && (
                <Stack gap={4} role="group" aria-label="Files to attach">
                  {files.map((chosen) => (
                    <Group key={chosen.key} gap="xs" wrap="nowrap" justify="space-between">
                      <Stack gap={0} miw={0}>
                        <Text size="sm" truncate="end">
                          {chosen.file.name}
                        </Text>
                        {chosen.refused && (
                          <Text size="xs" c="red" role="alert">
                            {chosen.file.name}: {chosen.refused}
                          </Text>
                        )}
                      </Stack>
                      <CloseButton
                        size="sm"
                        aria-label={`Remove ${chosen.file.name}`}
                        disabled={create.isPending || uploading}
                        onClick={() => setFiles((current) => current.filter((f) => f.key !== chosen.key))}
                      />
                    </Group>
                  ))}
                </Stack>
              )}
            </Stack>
          )}
          <Group justify="flex-end" gap="xs">
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={create.isPending || uploading}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={create.isPending || uploading}>
              Create ticket
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
