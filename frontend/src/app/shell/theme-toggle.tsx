import { ActionIcon, NavLink, Text, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';

/**
 * The theme follows the system (`prefers-color-scheme`) until the person picks one here; the pick is
 * kept in this browser (Mantine's local-storage colour scheme manager).
 */
export function useThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const dark = useComputedColorScheme('light', { getInitialValueInEffect: false }) === 'dark';
  return { dark, toggle: () => setColorScheme(dark ? 'light' : 'dark') };
}

/** In the header from tablet width up; phones have the switch in the navigation drawer (the header is full). */
export function ThemeToggle() {
  const { dark, toggle } = useThemeToggle();
  return (
    <Tooltip label={dark ? 'Light theme' : 'Dark theme'}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label="Dark theme"
        aria-pressed={dark}
        onClick={toggle}
        visibleFrom="sm"
      >
        {dark ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}

/** The phone's theme switch, in the navigation drawer (a NavLink, already on the first page: no new code to load). */
export function ThemeSwitch() {
  const { dark, toggle } = useThemeToggle();
  return (
    <NavLink
      component="button"
      role="switch"
      aria-checked={dark}
      label="Dark theme"
      leftSection={
        dark ? <IconSun size={16} stroke={1.6} aria-hidden /> : <IconMoon size={16} stroke={1.6} aria-hidden />
      }
      rightSection={
        <Text size="xs" c="dimmed" aria-hidden>
          {dark ? 'On' : 'Off'}
        </Text>
      }
      onClick={toggle}
      hiddenFrom="sm"
      py={6}
    />
  );
}
