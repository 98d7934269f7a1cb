import { type ReactNode } from 'react';
import { ActionIcon, Alert, Box, Button, Group, SimpleGrid, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import text from '@/components/text.module.css';
import { useDraft } from '@/lib/drafts';
import { useUpdateTicket } from '../api/ticket-mutations';
import { fieldConflicts } from '../api/ticket-messages';
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
 * Click "Edit", change, "Save": sends the new value with the value the edit started from
 * (`expected`), so someone else's change of another field never stands in the way, and a change of
 * this field is never overwritten: the server answers 409 `field-conflict`. While saving the editor is
 * disabled; on success it closes on the server's value; on failure the page keeps showing the server's
 * value and the draft stays open with the reason, in place (no toast on top).
 *
 * The edit in progress is kept in the browser until saved or cancelled (it comes back after a reload
 * or on return to the ticket). If someone else changes the field meanwhile (heard live, or answered by
 * the server on Save), the edit is kept and the conflict shown until the person picks: theirs beside
 * yours, "Keep mine" (saves the draft over theirs, expecting theirs — so a third change still stops it)
 * or "Take theirs" (drops the draft). Save waits for the choice. A closed ticket's fields are read-only:
 * no Edit, and a draft kept from before can be saved only after reopening.
 */
export function EditableField({ ticket, field, label, children }: EditableFieldProps) {
  const mutation = useUpdateTicket(ticket, { errorsInPlace: true });
  const [stored, setStored] = useDraft(field, ticket.id, isFieldDraft);
  const draft = stored?.value ?? null;
  const editing = stored !== undefined;
  const theirs = ticket[field];
  const conflict = editing && !mutation.isPending && stored.base !== theirs && stored.value !== theirs;
  const reported = fieldConflicts(mutation.error).find((c) => c.field === field && c.theirs === theirs);
  const fromActivity = useLastChangedBy(ticket.id, field, conflict && !reported);
  const changedBy = reported?.changedBy?.name ?? reported?.automationRule ?? fromActivity;
  const error =
    mutation.error?.status === 422 ? (mutation.error.fieldError(field) ?? mutation.error.humanMessage) : undefined;
  const lowered = label.toLowerCase();
  const setDraft = (value: string | null) =>
    setStored(value === null ? undefined : { value, base: stored?.base ?? ticket[field] });

  const send = (value: string, base: string) =>
    mutation.mutate(
      { changes: { [field]: value }, expected: { [field]: base } },
      { onSuccess: () => setStored(undefined) },
    );
  const save = () => {
    if (!stored || conflict || !ticket.editable) return;
    if (stored.value === ticket[field]) {
      setStored(undefined);
      return;
    }
    send(stored.value, stored.base);
  };
  const keepMine = () => {
    if (!stored) return;
    setStored({ value: stored.value, base: theirs });
    send(stored.value, theirs);
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
        {ticket.editable && (
          <Tooltip label={`Edit ${lowered}`} openDelay={300}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Edit ${lowered}`}
              onClick={() => {
                mutation.reset();
                setStored({ value: ticket[field], base: ticket[field] });
              }}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
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
          data-testid={`${field}-conflict`}
          title={`${changedBy ?? 'Someone'} changed the ${lowered} meanwhile`}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mb="xs">
            <div>
              <Text size="xs" fw={600} c="dimmed">
                Theirs
              </Text>
              <Text size="sm" className={text.preWrap} lineClamp={6} data-testid="conflict-theirs">
                {theirs || '(empty)'}
              </Text>
            </div>
            <div>
              <Text size="xs" fw={600} c="dimmed">
                Yours
              </Text>
              <Text size="sm" className={text.preWrap} lineClamp={6} data-testid="conflict-yours">
                {stored.value || '(empty)'}
              </Text>
            </div>
          </SimpleGrid>
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={keepMine} disabled={!ticket.editable}>
              Keep mine
            </Button>
            <Button size="xs" variant="default" onClick={cancel}>
              Take theirs
            </Button>
          </Group>
        </Alert>
      )}
      {!ticket.editable && (
        <Text size="sm" c="dimmed" mt="xs">
          #{ticket.number} is closed: reopen it to save this edit.
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={mutation.isPending} disabled={conflict || !ticket.editable}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={cancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
