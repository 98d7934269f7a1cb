import { useId } from 'react';
import { Avatar, Indicator, Loader, Menu, UnstyledButton, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconChevronDown, IconSettings, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLogout } from '../api/identity-api';
import type { Me } from '../types';
import { useJoinOrganisation } from './use-join-organisation';

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const logoutMutation = useLogout();
  const { join, accepting, busy } = useJoinOrganisation();
  const invitationCount = me.invitations.length;
  const invitationsId = useId();
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${me.user.name}`}
          aria-describedby={invitationCount > 0 ? invitationsId : undefined}
          px={4}
          py={2}
        >
          <Group gap={6} wrap="nowrap">
            <Indicator
              disabled={invitationCount === 0}
              label={invitationCount}
              size={16}
              color="red"
              offset={3}
              data-testid="invitation-badge"
            >
              <Avatar size={28} radius="xl" color={me.colour ?? 'indigo'}>
                {initials(me.user.name)}
              </Avatar>
            </Indicator>
            <IconChevronDown size={14} aria-hidden />
          </Group>
          {invitationCount > 0 && (
            <VisuallyHidden id={invitationsId}>
              {invitationCount === 1 ? '1 pending invitation' : `${invitationCount} pending invitations`}
            </VisuallyHidden>
          )}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
        </Menu.Label>
        {invitationCount > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>Invitations</Menu.Label>
            {me.invitations.map((invitation) => (
              <Menu.Item
                key={invitation.organisationId}
                // Stay open: the spinner, then the invitation leaving the list, are the answer.
                closeMenuOnClick={false}
                disabled={busy}
                leftSection={
                  accepting.includes(invitation.organisationId) ? (
                    <Loader size={14} role="status" aria-label="Joining" />
                  ) : (
                    <IconUserPlus size={16} aria-hidden />
                  )
                }
                onClick={() => join(invitation)}
              >
                {`Join ${invitation.organisationName}`}
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} aria-hidden />}>
          Settings
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logoutMutation.mutate(undefined, { onSettled: onSignedOut })}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
