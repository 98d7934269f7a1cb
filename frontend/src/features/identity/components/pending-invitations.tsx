import { Button, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { Me } from '../types';
import { useJoinOrganisation } from './use-join-organisation';

/** Organisations that invited the signed-in person, each with a "Join …" button; nothing when none. */
export function PendingInvitations({ me }: { me: Me }) {
  const { join, accepting, busy } = useJoinOrganisation();
  if (me.invitations.length === 0) return null;

  return (
    <Stack component="section" aria-label="Invitations" gap={4} mb="xs">
      <Text size="xs" fw={600} c="dimmed" px={4}>
        Invitations
      </Text>
      {!me.emailVerified && (
        // Joining in the app needs a confirmed address (the server answers 403 email-unverified): say so first.
        <Text size="xs" c="dimmed" px={4}>
          Confirm your e-mail address to join: open the link we sent you, or the link in the invitation e-mail.
        </Text>
      )}
      {me.invitations.map((invitation) => {
        const joining = accepting.includes(invitation.organisationId);
        return (
          <Button
            key={invitation.organisationId}
            size="xs"
            variant="light"
            justify="flex-start"
            fullWidth
            title={`${invitation.organisationName} invited you as ${invitation.role}`}
            leftSection={<IconUserPlus size={14} aria-hidden />}
            // Mantine hides the button's spinner from assistive technology; aria-busy says it instead.
            loading={joining}
            aria-busy={joining}
            // One at a time: each accept answers with the whole `Me`.
            disabled={busy}
            onClick={() => join(invitation)}
          >
            {`Join ${invitation.organisationName}`}
          </Button>
        );
      })}
    </Stack>
  );
}
