import { type ReactNode } from 'react';
import { ActionIcon, Alert, Box, Button, Group, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import text from '@/components/text.module.css';
import { useDraft } from '@/lib/drafts';
import { useUpdateTicket } from '../api/ticket-mutations';
import { useLoadedTicketActivity } from '../api/tickets-api';
import type { Ticket } from '../types';

/** An edit in progress, kept in the browser: what the person typed and the server value it started from. */
interface FieldDraft {
  value: string;
  base: string;
}

const isFieldDraft = (value: unknown): value is FieldDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).value === 'string' &&
  typeof (value as Record<string, unknown>).base === 'string';

/** Who last changed this field, from the ticket's activity (newest first), if it is loaded. */
function useLastChangedBy(ticketId: string, field: 'title' | 'description', enabled: boolean): string | undefined {
  const activity = useLoadedTicketActivity(enabled ? ticketId : undefined);
  return activity.data?.find((entry) => entry.field === field)?.actor.name;
}

interface EditableFieldProps {
  ticket: Ticket;
  field: 'title' | 'description';
  label: string;
  /** How the saved value reads when not editing. */
  children: ReactNode;
}

/**
 * Click "Edit", change, "Save": sends `{version, field}` at once. While saving the editor is
 * disabled; on success it closes on the server's value; on failure the page keeps showing the
 * server's value (a 409 loads the current ticket) and the draft stays open with the reason.
 *
 * The edit in progress is kept in the browser until saved or cancelled (it comes back after a reload
 * or on return to the ticket). If someone else changes the field meanwhile, the edit is kept and the
 * conflict shown: their value beside the draft, "Keep mine" or "Take theirs"; Save waits for the choice.
 */
export function EditableField({ ticket, field, label, children }: EditableFieldProps) {
  const mutation = useUpdateTicket(ticket);
  const [stored, setStored] = useDraft(field, ticket.id, isFieldDraft);
  const draft = stored?.value ?? null;
  const editing = stored !== undefined;
  const theirs = ticket[field];
  const conflict = editing && !mutation.isPending && stored.base !== theirs && stored.value !== theirs;
  const changedBy = useLastChangedBy(ticket.id, field, conflict);
  const error =
    mutation.error?.status === 422 ? (mutation.error.fieldError(field) ?? mutation.error.humanMessage) : undefined;
  const setDraft = (value: string | null) =>
    setStored(value === null ? undefined : { value, base: stored?.base ?? ticket[field] });

  const save = () => {
    if (!stored || conflict) return;
    if (stored.value === ticket[field]) {
      setStored(undefined);
      return;
    }
    mutation.mutate({ changes: { [field]: stored.value } }, { onSuccess: () => setStored(undefined) });
  };
  const cancel = () => {
    mutation.reset();
    setStored(undefined);
  };

  if (!editing) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Box flex={1} miw={0}>
          {children}
        </Box>
        <Tooltip label={`Edit ${label.toLowerCase()}`} openDelay={300}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Edit ${label.toLowerCase()}`}
            onClick={() => {
              mutation.reset();
              setStored({ value: ticket[field], base: ticket[field] });
            }}
          >
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }

  const inputProps = {
    label,
    value: draft ?? '',
    error,
    disabled: mutation.isPending,
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
  };
  return (
    // Escape from any control of the form cancels the edit (delegated from its inputs and buttons).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      {field === 'title' ? (
        <TextInput
          {...inputProps}
          data-autofocus
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just chose Edit: focus follows to the field
          autoFocus
        />
      ) : (
        <Textarea
          {...inputProps}
          autosize
          minRows={4}
          maxRows={20}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just chose Edit: focus follows to the field
          autoFocus
        />
      )}
      {conflict && (
        <Alert
          color="orange"
          variant="light"
          mt="xs"
          p="xs"
          role="alert"
          title={`${changedBy ?? 'Someone'} changed the ${label.toLowerCase()} meanwhile`}
        >
          <Text size="sm" c="dimmed">
            Theirs:
          </Text>
          <Text size="sm" className={text.preWrap} lineClamp={6} mb="xs">
            {theirs || '(empty)'}
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setStored({ value: stored.value, base: theirs })}>
              Keep mine
            </Button>
            <Button size="xs" variant="default" onClick={cancel}>
              Take theirs
            </Button>
          </Group>
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={mutation.isPending} disabled={conflict}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={cancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
