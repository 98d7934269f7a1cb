import { describe, expect, it } from 'vitest';
import { VIEW_LABELS } from '@/features/tickets';
import { filterCommands, paletteCommands } from './palette-commands';
import { THEME_CHOICES } from './theme-choice';

const queues = [{ id: 'q-billing', name: 'Billing' }];

describe('palette commands', () => {
  it('offers the actions, every view, the queues and the settings this person may open', () => {
    const agent = paletteCommands(queues, VIEW_LABELS, false, 'auto').map((c) => c.label);
    expect(agent).toEqual(expect.arrayContaining(['New ticket', 'Open', 'Billing', 'Profile settings']));
    expect(agent).not.toContain('Members settings');
    expect(paletteCommands(queues, VIEW_LABELS, true, 'auto').map((c) => c.label)).toContain('Members settings');
  });

  it("offers the header's theme choices, one command each, and marks the one in force", () => {
    const themes = paletteCommands(queues, VIEW_LABELS, false, 'dark').filter((c) => c.theme);
    expect(themes.map((c) => [c.label, c.theme, c.current])).toEqual(
      THEME_CHOICES.map(({ value, label }) => [`Theme: ${label}`, value, value === 'dark']),
    );
    expect(themes.map((c) => c.label)).toEqual(['Theme: Light', 'Theme: Dark', 'Theme: Match the system']);
  });

  it('finds commands by every word typed, in any order, ignoring case', () => {
    const commands = paletteCommands(queues, VIEW_LABELS, false, 'light');
    expect(filterCommands(commands, 'theme DARK').map((c) => c.id)).toEqual(['theme-dark']);
    expect(filterCommands(commands, 'billing').map((c) => c.to)).toEqual(['/?view=active&queueId=q-billing']);
    expect(filterCommands(commands, 'nothing like this')).toEqual([]);
    expect(filterCommands(commands, '  ')).toHaveLength(commands.length);
  });
});
