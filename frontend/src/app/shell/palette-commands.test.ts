import { describe, expect, it } from 'vitest';
import { VIEW_LABELS } from '@/features/tickets';
import { filterCommands, paletteCommands } from './palette-commands';

const queues = [{ id: 'q-billing', name: 'Billing' }];

describe('palette commands', () => {
  it('offers the actions, every view, the queues and the settings this person may open', () => {
    const agent = paletteCommands(queues, VIEW_LABELS, false, false).map((c) => c.label);
    expect(agent).toEqual(
      expect.arrayContaining(['New ticket', 'Switch to the dark theme', 'Open', 'Billing', 'Profile settings']),
    );
    expect(agent).not.toContain('Members settings');
    expect(paletteCommands(queues, VIEW_LABELS, true, true).map((c) => c.label)).toEqual(
      expect.arrayContaining(['Members settings', 'Switch to the light theme']),
    );
  });

  it('finds commands by every word typed, in any order, ignoring case', () => {
    const commands = paletteCommands(queues, VIEW_LABELS, false, false);
    expect(filterCommands(commands, 'theme DARK').map((c) => c.id)).toEqual(['toggle-theme']);
    expect(filterCommands(commands, 'billing').map((c) => c.to)).toEqual(['/?view=active&queueId=q-billing']);
    expect(filterCommands(commands, 'nothing like this')).toEqual([]);
    expect(filterCommands(commands, '  ')).toHaveLength(commands.length);
  });
});
