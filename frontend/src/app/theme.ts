import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // indigo.6 under white text is 4.3:1; indigo.7 is 5:1 (WCAG 2.1 AA asks 4.5:1)
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Tooltip: { defaultProps: { withArrow: true, fz: 'xs' } },
  },
});

/**
 * WCAG 2.1 AA text contrast (4.5:1): Mantine's "dimmed" grey (gray.6) is 3.3:1 on white; gray.7 is 7:1 and
 * still reads as secondary.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--wt-page-background': resolved.colors.gray[0],
    '--wt-brand-text': resolved.colors.indigo[7],
    '--wt-overlay': 'rgba(255, 255, 255, 0.85)',
    '--mantine-color-dimmed': resolved.colors.gray[7],
    // a placeholder drawn as text (Input.Placeholder, e.g. the status filter's "Any status") is text to axe: 4.5:1
    '--mantine-color-placeholder': resolved.colors.gray[7],
    // text of light badges, alerts and buttons: shade 9 of yellow, orange or green on their pale background is
    // 2.7–3.8:1; a third darker is over 5:1 for every colour
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.35),
      ]),
    ),
  },
  dark: {
    '--wt-page-background': resolved.colors.dark[8],
    '--wt-brand-text': resolved.colors.indigo[2],
    '--wt-overlay': 'rgba(26, 27, 30, 0.85)',
    // Mantine's dark "dimmed" (dark.2, #828282) is 4.0:1 on the dark body; dark.1 is 7.6:1 and still reads as secondary
    '--mantine-color-dimmed': resolved.colors.dark[1],
    '--mantine-color-placeholder': resolved.colors.dark[1],
    ...darkTints(resolved.colors),
  },
});

/**
 * Dark mode for the CSS modules' pale tints: the app's own styles paint rows, panels and highlights with
 * the palette's pale shades (gray 0–3, indigo/blue/yellow 0) and secondary text with gray 7 — right on
 * white, glaring (or unreadable) on the dark background. In the dark scheme these few variables become
 * their dark counterparts, in one place, so every module follows without a dark rule of its own.
 * Mantine's components take their dark colours from the `dark` palette and are not affected.
 */
export function darkTints(colors: Record<string, readonly string[]>): Record<string, string> {
  const dark = (shade: number) => colors.dark?.[shade] ?? '#2e2e2e';
  return {
    '--mantine-color-gray-0': dark(6),
    '--mantine-color-gray-1': dark(5),
    '--mantine-color-gray-2': dark(4),
    '--mantine-color-gray-3': dark(4),
    '--mantine-color-gray-7': dark(1),
    '--mantine-color-indigo-0': '#262b4d',
    '--mantine-color-blue-0': '#1b2d45',
    '--mantine-color-yellow-0': '#3b3320',
    '--mantine-color-orange-0': '#3d2a1c',
    // Mantine's dark light-variant text (badges, light buttons) is shade 0 of the colour: keep the real one
    ...Object.fromEntries(
      ['gray', 'indigo', 'blue', 'yellow', 'orange'].map((name) => [
        `--mantine-color-${name}-light-color`,
        colors[name]?.[0] ?? '#f8f9fa',
      ]),
    ),
  };
}

/** `#rrggbb` moved towards black by `amount` (0–1). */
export function darken(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 0xff) * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}
