import { ActionIcon, Menu, NavLink, Text, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconMoon, IconSun } from '@tabler/icons-react';
import { THEME_CHOICES, themeChoiceLabel, useThemeChoice } from './theme-choice';

function ThemeChoices({ choice, choose }: { choice: MantineColorScheme; choose: (c: MantineColorScheme) => void }) {
  return (
    <Menu.Dropdown>
      <Menu.Label>Theme</Menu.Label>
      {THEME_CHOICES.map(({ value, label }) => (
        <Menu.Item
          key={value}
          rightSection={value === choice ? <IconCheck size={14} aria-hidden /> : undefined}
          aria-current={value === choice ? 'true' : undefined}
          onClick={() => choose(value)}
        >
          {label}
        </Menu.Item>
      ))}
    </Menu.Dropdown>
  );
}

/**
 * In the header from tablet width up: light, dark or the system's (phones have it in the navigation drawer, the
 * header is full). Menu is already on the first page (the account menu): no new code to load.
 */
export function ThemeToggle() {
  const { dark, choice, choose } = useThemeChoice();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* a title, not a Tooltip: Mantine's Tooltip would take the menu target's aria-* props for itself */}
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label="Theme"
          title={`Theme: ${themeChoiceLabel(choice)}`}
          visibleFrom="sm"
        >
          {dark ? <IconMoon size={18} aria-hidden /> : <IconSun size={18} aria-hidden />}
        </ActionIcon>
      </Menu.Target>
      <ThemeChoices choice={choice} choose={choose} />
    </Menu>
  );
}

/** The phone's theme choice, in the navigation drawer. */
export function ThemeSwitch() {
  const { dark, choice, choose } = useThemeChoice();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <NavLink
          component="button"
          label="Theme"
          leftSection={
            dark ? <IconMoon size={16} stroke={1.6} aria-hidden /> : <IconSun size={16} stroke={1.6} aria-hidden />
          }
          rightSection={
            <Text size="xs" c="dimmed">
              {themeChoiceLabel(choice)}
            </Text>
          }
          hiddenFrom="sm"
          py={6}
        />
      </Menu.Target>
      <ThemeChoices choice={choice} choose={choose} />
    </Menu>
  );
}
