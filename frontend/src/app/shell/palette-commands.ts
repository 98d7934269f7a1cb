import type { MantineColorScheme } from '@mantine/core';
import type { QueueOption, TicketView } from '@/features/tickets';
import { settingsPagesFor } from '../routes/settings/settings-nav';
import { THEME_CHOICES } from './theme-choice';

/** One thing the command palette can do besides opening a ticket. */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Where it goes (`to`), the theme it picks (`theme`) or what else it does (`run`, by name: the palette knows how). */
  to?: string;
  theme?: MantineColorScheme;
  run?: 'show-shortcuts';
  /** The choice in force (the theme this browser is set to): the palette marks it, as the header's menu does. */
  current?: boolean;
  group: 'Actions' | 'Views' | 'Queues' | 'Settings';
}

const PALETTE_VIEWS: Exclude<TicketView, 'active'>[] = [
  'my',
  'unassigned',
  'at_risk',
  'breached',
  'open',
  'in_progress',
  'pending',
  'resolved',
  'closed',
  'all',
];

/**
 * Everything the palette offers for this person: actions (among them the header's three theme choices, the one in
 * force marked), the views, the team queues, their settings pages.
 */
export function paletteCommands(
  queues: readonly QueueOption[],
  viewLabels: Record<TicketView, string>,
  isAdmin: boolean,
  theme: MantineColorScheme,
): PaletteCommand[] {
  return [
    { id: 'new-ticket', label: 'New ticket', to: '/new', group: 'Actions' },
    ...THEME_CHOICES.map(({ value, label }): PaletteCommand => ({
      id: `theme-${value}`,
      label: `Theme: ${label}`,
      theme: value,
      current: value === theme,
      group: 'Actions',
    })),
    { id: 'shortcuts', label: 'Keyboard shortcuts', run: 'show-shortcuts', group: 'Actions' },
    ...PALETTE_VIEWS.map((view): PaletteCommand => ({
      id: `view-${view}`,
      label: viewLabels[view],
      to: `/?view=${view}`,
      group: 'Views',
    })),
    ...queues.map((queue): PaletteCommand => ({
      id: `queue-${queue.id}`,
      label: queue.name,
      to: `/?view=active&queueId=${encodeURIComponent(queue.id)}`,
      group: 'Queues',
    })),
    ...settingsPagesFor(isAdmin).map((page): PaletteCommand => ({
      id: `settings-${page.path}`,
      label: `${page.label} settings`,
      to: `/settings/${page.path}`,
      group: 'Settings',
    })),
  ];
}

/** Commands whose label (or group) holds every word typed, in any order; all of them for an empty query. */
export function filterCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const text = `${command.label} ${command.group}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
