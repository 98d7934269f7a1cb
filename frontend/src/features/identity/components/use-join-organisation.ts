import { notifications } from '@mantine/notifications';
import { useAcceptInvitation, useAcceptingInvitations } from '../api/identity-api';
import type { Invitation } from '../types';

/**
 * Accepting an invitation, with its toasts. `accepting` lists the organisations being joined right
 * now (from any place that offers the invitation), so every "Join …" control shows the same spinner.
 */
export function useJoinOrganisation() {
  const acceptMutation = useAcceptInvitation();
  const accepting = useAcceptingInvitations();

  const join = (invitation: Invitation) =>
    acceptMutation.mutate(invitation.organisationId, {
      onSuccess: () => notifications.show({ color: 'teal', message: `You joined ${invitation.organisationName}` }),
      onError: (problem) =>
        notifications.show({
          color: 'red',
          title: `Could not join ${invitation.organisationName}`,
          message: problem.humanMessage,
        }),
    });

  return { join, accepting, busy: accepting.length > 0 };
}
