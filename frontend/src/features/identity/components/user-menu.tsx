import { Avatar, Menu, UnstyledButton, Group, Text } from '@mantine/core';
import { IconLogout, IconChevronDown } from '@tabler/icons-react';
import { useLogout } from '../api/identity-api';
import type { Me } from '../types';

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
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${me.user.name}`} px={4} py={2}>
          <Group gap={6} wrap="nowrap">
            <Avatar size={28} radius="xl" color="indigo">
              {initials(me.user.name)}
            </Avatar>
            <IconChevronDown size={14} aria-hidden />
          </Group>
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
        <Menu.Divider />
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
