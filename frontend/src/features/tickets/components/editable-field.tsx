import { useState, type ReactNode } from 'react';
import { ActionIcon, Box, Button, Group, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useUpdateTicket } from '../api/ticket-mutations';
import type { Ticket } from '../types';

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
 */
export function EditableField({ ticket, field, label, children }: EditableFieldProps) {
  const mutation = useUpdateTicket(ticket);
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
  const error =
    mutation.error?.status === 422 ? (mutation.error.fieldError(field) ?? mutation.error.humanMessage) : undefined;

  const save = () => {
    if (draft === null) return;
    if (draft === ticket[field]) {
      setDraft(null);
      return;
    }
    mutation.mutate({ changes: { [field]: draft } }, { onSuccess: () => setDraft(null) });
  };
  const cancel = () => {
    mutation.reset();
    setDraft(null);
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
              setDraft(ticket[field]);
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
    value: draft,
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
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={mutation.isPending}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={cancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
