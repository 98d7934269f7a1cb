import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useCreateInvitation } from '../api/directory-api';
import { ROLES, type IssuedInvitation, type Role } from '../types';

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', agent: 'Agent' };
export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface InviteDialogProps {
  opened: boolean;
  onClose: () => void;
  onInvited: (invitation: IssuedInvitation) => void;
}

/** Invite by e-mail with a role; the server answers with a link that is shown once. */
export function InviteDialog({ opened, onClose, onInvited }: InviteDialogProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const invite = useCreateInvitation();
  const problem = invite.error;

  const close = () => {
    if (invite.isPending) return;
    invite.reset();
    onClose();
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (invitation) => {
          setEmail('');
          setRole('agent');
          invite.reset();
          onInvited(invitation);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Invite a colleague" centered>
      <form onSubmit={submit} noValidate aria-label="Invite a colleague">
        <Stack gap="sm">
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="E-mail"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem?.fieldError('email')}
          />
          <Select
            label="Role"
            allowDeselect={false}
            data={ROLE_OPTIONS}
            value={role}
            onChange={(value) => value && setRole(value)}
            error={problem?.fieldError('role')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={invite.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending} disabled={!email.trim()}>
              Create invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
