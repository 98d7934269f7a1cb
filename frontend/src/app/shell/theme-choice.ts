import { useComputedColorScheme, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';

/**
 * The theme choices, in the order offered, for every place that offers them (the header's menu, the phone's
 * drawer, the command palette).
 */
export const THEME_CHOICES: readonly { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Match the system' },
];

export function themeChoiceLabel(choice: MantineColorScheme): string {
  return THEME_CHOICES.find((c) => c.value === choice)?.label ?? 'Match the system';
}

/**
 * The theme follows the system (`prefers-color-scheme`) until the person picks light or dark; "Match the system"
 * goes back to following it. The pick is kept in this browser (Mantine's local-storage colour scheme manager).
 */
export function useThemeChoice() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const dark = useComputedColorScheme('light', { getInitialValueInEffect: false }) === 'dark';
  return { dark, choice: colorScheme, choose: setColorScheme };
}
