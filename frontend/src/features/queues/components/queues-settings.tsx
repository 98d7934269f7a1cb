import { useState, type ReactNode, type SubmitEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { PageHeader } from '@/components/page-header';
import { SortableList } from '@/components/sortable-list';
import { problemTypeUri } from '@/lib/problem-types';
import {
  useAdminQueues,
  useChangeQueue,
  useCreateQueue,
  useQueueMembers,
  useReorderQueues,
  useSetQueueMembers,
  type QueueChangeVariables,
} from '../api/queue-admin-api';
import type { AdminQueue, QueueMember } from '../types';

function NewQueueForm() {
  const [name, setName] = useState('');
  const create = useCreateQueue();
  const problem = create.error;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (queue) => {
          setName('');
          notifications.show({ color: 'teal', message: `Queue “${queue.name}” created` });
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Create a queue">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label="New queue"
            placeholder="e.g. Billing"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={
              problem?.fieldError('name') ?? (problem && problem.errors.length === 0 ? problem.humanMessage : undefined)
            }
            flex={1}
            miw={200}
          />
          <Button type="submit" mt={25} loading={create.isPending} disabled={!name.trim()}>
            Create queue
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function RenameForm({ queue, onDone }: { queue: AdminQueue; onDone: () => void }) {
  const [name, setName] = useState(queue.name);
  const change = useChangeQueue();
  const problem = change.error;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === queue.name) {
      onDone();
      return;
    }
    change.mutate(
      { queue, changes: { name: name.trim() } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Queue renamed to “${saved.name}”` });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Rename ${queue.name}`}>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          aria-label="Queue name"
          size="xs"
          value={name}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the person asked to rename this queue
          autoFocus
          onChange={(e) => setName(e.currentTarget.value)}
          error={
            problem?.fieldError('name') ?? (problem && problem.errors.length === 0 ? problem.humanMessage : undefined)
          }
        />
        <Button size="xs" type="submit" loading={change.isPending}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={onDone} disabled={change.isPending}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

function QueueMembersEditor({ queue, members }: { queue: AdminQueue; members: QueueMember[] }) {
  const current = useQueueMembers(queue.id, true);
  const save = useSetQueueMembers(queue.id);
  const [draft, setDraft] = useState<string[] | null>(null);
  if (current.isPending) return <Loader size="xs" aria-label="Loading queue members" />;
  if (current.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {current.error.humanMessage}
      </Alert>
    );
  }
  const saved = current.data.map((m) => m.id);
  const value = draft ?? saved;
  const dirty = draft !== null && (draft.length !== saved.length || draft.some((id) => !saved.includes(id)));
  // Members of the queue who are no longer assignable still show, by name.
  const options = [...members, ...current.data.filter((m) => !members.some((o) => o.id === m.id))].map((m) => ({
    value: m.id,
    label: m.name,
  }));
  return (
    <Stack gap="xs">
      <MultiSelect
        label={`Members of ${queue.name}`}
        description="The agents who work this queue."
        placeholder={value.length === 0 ? 'Nobody yet' : undefined}
        data={options}
        value={value}
        onChange={setDraft}
        searchable
        clearable
        disabled={save.isPending}
        error={save.error?.fieldError('userIds') ?? save.error?.humanMessage}
        comboboxProps={{ withinPortal: true }}
      />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() =>
            save.mutate(value, {
              onSuccess: (answer) => {
                setDraft(null);
                notifications.show({
                  color: 'teal',
                  message: `${queue.name}: ${answer.length} member${answer.length === 1 ? '' : 's'}`,
                });
              },
            })
          }
        >
          Save members
        </Button>
        {dirty && (
          <Button size="xs" variant="default" onClick={() => setDraft(null)} disabled={save.isPending}>
            Undo
          </Button>
        )}
      </Group>
    </Stack>
  );
}

interface QueueRowProps {
  queue: AdminQueue;
  index: number;
  count: number;
  /** The drag handle (drag, or focus it and use the keyboard); the arrows beside it move one step per click. */
  handle: ReactNode;
  members: QueueMember[];
  busy: boolean;
  changing: QueueChangeVariables | undefined;
  onChange: (variables: QueueChangeVariables) => void;
  onArchive: () => void;
  onMove: (direction: -1 | 1) => void;
}

function QueueRow({
  queue,
  index,
  count,
  handle,
  members,
  busy,
  changing,
  onChange,
  onArchive,
  onMove,
}: QueueRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [showMembers, setShowMembers] = useState(false);
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" miw={0} flex="1 1 240px">
          {handle}
          <Stack gap={0}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={`Move ${queue.name} up`}
              disabled={index === 0 || busy}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={14} aria-hidden />
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={`Move ${queue.name} down`}
              disabled={index === count - 1 || busy}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={14} aria-hidden />
            </ActionIcon>
          </Stack>
          {renaming ? (
            <RenameForm queue={queue} onDone={() => setRenaming(false)} />
          ) : (
            <Stack gap={2} miw={0}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {queue.name}
                </Text>
                {queue.isDefault && (
                  <Badge size="xs" variant="light" color="indigo">
                    Default
                  </Badge>
                )}
                {queue.archived && (
                  <Badge size="xs" variant="light" color="gray">
                    Archived
                  </Badge>
                )}
                {queue.mine && (
                  <Badge size="xs" variant="light" color="teal">
                    You work it
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {`${queue.activeCount} active ticket${queue.activeCount === 1 ? '' : 's'}`}
              </Text>
            </Stack>
          )}
        </Group>
        {!renaming && (
          <Group gap="xs" wrap="wrap">
            <Button size="xs" variant="default" onClick={() => setShowMembers((s) => !s)} aria-expanded={showMembers}>
              Members
            </Button>
            <Button size="xs" variant="default" onClick={() => setRenaming(true)} disabled={busy}>
              Rename
            </Button>
            {!queue.archived && !queue.isDefault && (
              <Button
                size="xs"
                variant="default"
                disabled={busy}
                loading={changing !== undefined && changing.changes.isDefault === true}
                onClick={() => onChange({ queue, changes: { isDefault: true } })}
              >
                Make default
              </Button>
            )}
            {queue.archived ? (
              <Button
                size="xs"
                variant="default"
                disabled={busy}
                loading={changing !== undefined && changing.changes.archived === false}
                onClick={() => onChange({ queue, changes: { archived: false } })}
              >
                Restore
              </Button>
            ) : (
              <Button size="xs" variant="default" color="red" disabled={busy || queue.isDefault} onClick={onArchive}>
                Archive
              </Button>
            )}
          </Group>
        )}
      </Group>
      {showMembers && (
        <Stack mt="sm">
          <QueueMembersEditor queue={queue} members={members} />
        </Stack>
      )}
    </Paper>
  );
}

/** The archive dialog: a plain confirm, or — when the server says the queue holds active tickets — where to move them. */
function ArchiveDialog({
  queue,
  queues,
  onClose,
}: {
  queue: AdminQueue | null;
  queues: AdminQueue[];
  onClose: () => void;
}) {
  const change = useChangeQueue();
  const [target, setTarget] = useState<string | null>(null);
  const notEmpty = change.error?.type === problemTypeUri('queueNotEmpty');
  const activeCount = change.error?.properties.activeCount;
  const targets = queues.filter((q) => q.id !== queue?.id && !q.archived);
  const close = () => {
    change.reset();
    setTarget(null);
    onClose();
  };
  const confirm = () => {
    if (!queue) return;
    if (notEmpty && !target) return;
    change.mutate(
      { queue, changes: notEmpty && target ? { archived: true, moveActiveTicketsTo: target } : { archived: true } },
      {
        onSuccess: () => {
          const moved = notEmpty
            ? ` and its active tickets moved to ${targets.find((q) => q.id === target)?.name ?? ''}`
            : '';
          notifications.show({ color: 'teal', message: `${queue.name} archived${moved}` });
          close();
        },
      },
    );
  };
  return (
    <ConfirmDialog
      opened={queue !== null}
      title={`Archive ${queue?.name ?? ''}?`}
      confirmLabel={notEmpty ? 'Move tickets and archive' : 'Archive'}
      danger
      pending={change.isPending}
      error={change.error && !notEmpty ? change.error.humanMessage : undefined}
      onClose={close}
      onConfirm={confirm}
    >
      {notEmpty ? (
        <Stack gap="xs">
          <Text size="sm">
            {typeof activeCount === 'number' && queue
              ? `${queue.name} holds ${activeCount} active ticket${activeCount === 1 ? '' : 's'}. Choose where ${activeCount === 1 ? 'it moves' : 'they move'}; then the queue is archived.`
              : change.error?.humanMessage}
          </Text>
          <Select
            label="Move its active tickets to"
            placeholder="Choose a queue"
            data={targets.map((q) => ({ value: q.id, label: q.name }))}
            value={target}
            onChange={setTarget}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </Stack>
      ) : (
        'An archived queue takes no new tickets; its tickets stay visible. You can restore it later.'
      )}
    </ConfirmDialog>
  );
}

/** `/settings/queues` (admins): create, rename, archive/restore, default, order, and who works each queue. */
export function QueuesSettings({ members }: { members: QueueMember[] }) {
  const queues = useAdminQueues();
  const change = useChangeQueue();
  const reorder = useReorderQueues();
  const [archiving, setArchiving] = useState<AdminQueue | null>(null);
  const saved = queues.data ?? [];
  // While a new order is being saved it is shown (with "Saving the order…" and the handles disabled); a refusal
  // falls back to the server's order by itself.
  const pendingOrder = reorder.isPending ? reorder.variables : undefined;
  const list = pendingOrder ? pendingOrder.flatMap((id) => saved.filter((q) => q.id === id)) : saved;
  const busy = change.isPending || reorder.isPending;

  const save = (ids: string[]) =>
    reorder.mutate(ids, {
      onError: (problem) =>
        notifications.show({ color: 'red', title: 'Could not reorder the queues', message: problem.humanMessage }),
    });
  const move = (index: number, direction: -1 | 1) => {
    const ids = list.map((q) => q.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + direction, 0, moved);
    save(ids);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Queues"
        description="Team queues in sidebar order. New tickets land in the default queue unless someone picks another."
      />
      <NewQueueForm />
      {queues.isPending && <Loader size="sm" aria-label="Loading queues" />}
      {queues.isError && (
        <Alert color="red" variant="light" role="alert">
          {queues.error.humanMessage}
        </Alert>
      )}
      {reorder.isPending && (
        <Text size="xs" c="dimmed" role="status">
          Saving the order…
        </Text>
      )}
      <SortableList
        label="Queues"
        items={list}
        getId={(queue) => queue.id}
        getLabel={(queue) => queue.name}
        disabled={busy}
        onReorder={(ordered) => save(ordered.map((q) => q.id))}
        renderItem={(queue, handle) => (
          <QueueRow
            queue={queue}
            index={list.indexOf(queue)}
            count={list.length}
            handle={handle}
            members={members}
            busy={busy}
            changing={change.isPending && change.variables.queue.id === queue.id ? change.variables : undefined}
            onChange={(variables) =>
              change.mutate(variables, {
                onError: (problem) =>
                  notifications.show({
                    color: 'red',
                    title: `Could not change ${queue.name}`,
                    message: problem.humanMessage,
                  }),
              })
            }
            onArchive={() => setArchiving(queue)}
            onMove={(direction) => move(list.indexOf(queue), direction)}
          />
        )}
      />
      <ArchiveDialog queue={archiving} queues={list} onClose={() => setArchiving(null)} />
    </Stack>
  );
}
