import { useState, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { OneTimeSecret } from '@/components/one-time-secret';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { ServerSelect } from '@/components/server-select';
import {
  useChangeMember,
  useCreateInvitation,
  useDirectory,
  useSentInvitations,
  useWithdrawInvitation,
  useWithdrawMemberInvitation,
  type MemberChangeVariables,
} from '../api/directory-api';
import type { DirectoryMember, IssuedInvitation, MemberStatus } from '../types';
import { InviteDialog, ROLE_LABELS, ROLE_OPTIONS } from './invite-dialog';

const STATUS_COLOURS: Record<MemberStatus, string> = {
  active: 'teal',
  invited: 'blue',
  expired: 'orange',
  deactivated: 'gray',
};
const STATUS_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'invited', label: 'Invited' },
  { value: 'expired', label: 'Expired' },
  { value: 'deactivated', label: 'Deactivated' },
];

interface MemberRowProps {
  member: DirectoryMember;
  isSelf: boolean;
  changing: MemberChangeVariables | undefined;
  busy: boolean;
  error: string | undefined;
  onChange: (variables: MemberChangeVariables) => void;
  onDeactivate: () => void;
  onReassign: () => void;
  /** Invite an address whose invitation expired again (a new link, e-mailed and shown once). */
  onReinvite: () => void;
  reinviting: boolean;
  /** Withdraw an expired invitation (it leaves the directory, as a withdrawn open one does). */
  onWithdraw: () => void;
  withdrawing: boolean;
}

function MemberRow({
  member,
  isSelf,
  changing,
  busy,
  error,
  onChange,
  onDeactivate,
  onReassign,
  onReinvite,
  reinviting,
  onWithdraw,
  withdrawing,
}: MemberRowProps) {
  const pendingRole = changing && 'role' in changing.change ? changing.change.role : undefined;
  const statusPending = changing !== undefined && 'status' in changing.change;
  // An invitation, open or expired, has no role or status to change yet (the server answers 404 until they join).
  const expired = member.status === 'expired';
  const invited = member.status === 'invited' || expired;
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={member.name}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="center">
        <Stack gap={2} miw={0} flex="1 1 220px">
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {member.name}
            </Text>
            {isSelf && (
              <Badge size="xs" variant="light" color="indigo">
                You
              </Badge>
            )}
            <Badge size="xs" variant="light" color={STATUS_COLOURS[member.status]}>
              {member.status}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {member.email}
          </Text>
          {expired ? (
            // The invitation expired with its e-mailed link: it can no longer be accepted until invited again.
            <Text size="xs" c="dimmed">
              Invitation expired — not accepted in time
            </Text>
          ) : invited ? (
            // Alike whether or not the address had an account: nothing about the person until they join.
            <Text size="xs" c="dimmed">
              Invited — waiting for them to accept
            </Text>
          ) : (
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                {`${member.assignedActiveCount} active ticket${member.assignedActiveCount === 1 ? '' : 's'} · last seen`}
              </Text>
              {member.lastSeenAt ? (
                <RelativeTime value={member.lastSeenAt} size="xs" c="dimmed" />
              ) : (
                <Text size="xs" c="dimmed">
                  never
                </Text>
              )}
            </Group>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <ServerSelect
            aria-label={`Role of ${member.name}`}
            w={110}
            data={ROLE_OPTIONS}
            value={member.role}
            pending={pendingRole !== undefined}
            pendingValue={pendingRole}
            disabled={member.status === 'deactivated' || invited || busy}
            onChoose={(role) => onChange({ member, change: { role: role as DirectoryMember['role'] } })}
          />
          {expired && (
            <Button
              size="xs"
              variant="light"
              loading={reinviting}
              aria-busy={reinviting}
              disabled={busy || reinviting || withdrawing}
              aria-label={`Invite ${member.email} again`}
              onClick={onReinvite}
            >
              Invite again
            </Button>
          )}
          {expired && (
            <Button
              size="xs"
              variant="default"
              loading={withdrawing}
              aria-busy={withdrawing}
              disabled={busy || reinviting || withdrawing}
              aria-label={`Withdraw the invitation for ${member.email}`}
              onClick={onWithdraw}
            >
              Withdraw
            </Button>
          )}
          {member.status === 'deactivated' ? (
            <>
              {member.assignedActiveCount > 0 && (
                <Button size="xs" variant="light" onClick={onReassign}>
                  Reassign tickets
                </Button>
              )}
              <Button
                size="xs"
                variant="default"
                loading={statusPending}
                disabled={busy}
                aria-label={`Reactivate ${member.name}`}
                onClick={() => onChange({ member, change: { status: 'active' } })}
              >
                Reactivate
              </Button>
            </>
          ) : (
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={isSelf || busy || invited}
              aria-label={`Deactivate ${member.name}`}
              onClick={onDeactivate}
            >
              Deactivate
            </Button>
          )}
        </Group>
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
          {error}
        </Alert>
      )}
    </Paper>
  );
}

function PendingInvitationList() {
  const invitations = useSentInvitations();
  const withdraw = useWithdrawInvitation();
  if (invitations.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {invitations.error.humanMessage}
      </Alert>
    );
  }
  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Pending invitations">
      <Title order={2} size="h5">
        Pending invitations
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0}>
        {invitations.data.map((invitation) => (
          <Paper key={invitation.id} withBorder p="sm" radius="md" component="li" aria-label={invitation.email}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {invitation.email}
                </Text>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {`${ROLE_LABELS[invitation.role]} · invited by ${invitation.invitedBy.name} · expires`}
                  </Text>
                  <RelativeTime value={invitation.expiresAt} size="xs" c="dimmed" />
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="default"
                loading={withdraw.isPending && withdraw.variables === invitation.id}
                aria-label={`Withdraw the invitation for ${invitation.email}`}
                onClick={() =>
                  withdraw.mutate(invitation.id, {
                    onSuccess: () => notifications.show({ color: 'teal', message: 'Invitation withdrawn' }),
                    onError: (problem) =>
                      notifications.show({
                        color: 'red',
                        title: 'Could not withdraw the invitation',
                        message: problem.humanMessage,
                      }),
                  })
                }
              >
                Withdraw
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

interface MembersSettingsProps {
  currentUserId: string;
  /** What to offer for a deactivated person's active tickets (composed by the app: the tickets feature). */
  reassignPanel: (member: DirectoryMember, onDone: () => void) => ReactNode;
}

/** `/settings/members` (admins): search, roles, invitations, deactivation and reactivation. */
export function MembersSettings({ currentUserId, reassignPanel }: MembersSettingsProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState('all');
  const directory = useDirectory({
    q: debounced || undefined,
    status: status === 'all' ? undefined : (status as MemberStatus),
  });
  const change = useChangeMember();
  const reinvite = useCreateInvitation();
  const withdrawExpired = useWithdrawMemberInvitation();
  const [inviting, setInviting] = useState(false);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [deactivating, setDeactivating] = useState<DirectoryMember | null>(null);
  const [reassigning, setReassigning] = useState<DirectoryMember | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);

  const members = directory.data?.pages.flatMap((page) => page.items) ?? [];
  const changing = change.isPending ? change.variables : undefined;

  const apply = (variables: MemberChangeVariables, onSuccess?: (member: DirectoryMember) => void) => {
    setRowError(null);
    change.mutate(variables, {
      onSuccess: (member) => {
        const what =
          'role' in variables.change
            ? `${member.name} is now ${ROLE_LABELS[member.role].toLowerCase()}`
            : member.status === 'deactivated'
              ? `${member.name} was deactivated`
              : `${member.name} was reactivated`;
        notifications.show({ color: 'teal', message: what });
        onSuccess?.(member);
      },
      onError: (problem) => setRowError({ id: variables.member.id, message: problem.humanMessage }),
    });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Members"
        description="Who works in this organisation, and what they may do."
        action={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
            Invite
          </Button>
        }
      />
      {issued && (
        <OneTimeSecret
          label={`Invitation link for ${issued.email}`}
          value={issued.acceptUrl}
          note="Send this link to your colleague. It is shown only once; it works until it expires or is withdrawn."
          onDismiss={() => setIssued(null)}
        />
      )}
      {reassigning && reassignPanel(reassigning, () => setReassigning(null))}
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or e-mail"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          flex="1 1 220px"
        />
        <SegmentedControl aria-label="Status" data={STATUS_FILTERS} value={status} onChange={setStatus} size="sm" />
      </Group>
      {directory.isPending && <Loader size="sm" aria-label="Loading members" />}
      {directory.isError && (
        <Alert color="red" variant="light" role="alert">
          {directory.error.humanMessage}
        </Alert>
      )}
      {directory.data && members.length === 0 && (
        <EmptyState title="Nobody found">Try another name, or another status.</EmptyState>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label="Members" aria-busy={directory.isFetching}>
        {members.map((member) => (
          <MemberRow
            key={member.id}
            member={member}
            isSelf={member.id === currentUserId}
            changing={changing?.member.id === member.id ? changing : undefined}
            busy={changing !== undefined}
            error={rowError?.id === member.id && !deactivating ? rowError.message : undefined}
            onChange={(variables) => apply(variables)}
            onDeactivate={() => setDeactivating(member)}
            onReassign={() => setReassigning(member)}
            reinviting={reinvite.isPending && reinvite.variables.email === member.email}
            onReinvite={() => {
              setRowError(null);
              reinvite.mutate(
                { email: member.email, role: member.role },
                {
                  onSuccess: (invitation) => {
                    setIssued(invitation);
                    notifications.show({ color: 'teal', message: `${member.email} is invited again` });
                  },
                  onError: (problem) => setRowError({ id: member.id, message: problem.humanMessage }),
                },
              );
            }}
            withdrawing={withdrawExpired.isPending && withdrawExpired.variables.id === member.id}
            onWithdraw={() => {
              setRowError(null);
              withdrawExpired.mutate(member, {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: `The invitation for ${member.email} was withdrawn` }),
                onError: (problem) =>
                  setRowError({
                    id: member.id,
                    message: `Could not withdraw the invitation: ${problem.humanMessage}`,
                  }),
              });
            }}
          />
        ))}
      </Stack>
      {directory.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={directory.isFetchingNextPage}
            onClick={() => void directory.fetchNextPage()}
          >
            Load more
          </Button>
        </Group>
      )}
      <PendingInvitationList />
      <InviteDialog
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(invitation) => {
          setInviting(false);
          setIssued(invitation);
        }}
      />
      <ConfirmDialog
        opened={deactivating !== null}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        confirmLabel="Deactivate"
        danger
        pending={change.isPending}
        error={deactivating && rowError?.id === deactivating.id ? rowError.message : undefined}
        onClose={() => {
          setDeactivating(null);
          setRowError(null);
        }}
        onConfirm={() => {
          if (!deactivating) return;
          apply({ member: deactivating, change: { status: 'deactivated' } }, (member) => {
            setDeactivating(null);
            if (member.assignedActiveCount > 0) setReassigning(member);
          });
        }}
      >
        {deactivating &&
          `${deactivating.name} is signed out everywhere at once and their API tokens stop working. ` +
            (deactivating.assignedActiveCount > 0
              ? `Their ${deactivating.assignedActiveCount} active ticket${deactivating.assignedActiveCount === 1 ? '' : 's'} stay assigned to them; you can reassign them next.`
              : 'They have no active tickets.')}
      </ConfirmDialog>
    </Stack>
  );
}
