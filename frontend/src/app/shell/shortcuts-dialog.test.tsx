import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCOPE_TITLES, SHORTCUTS, keyLabel } from '@/lib/shortcuts';
import { renderWithRoutes } from '@/testing/render';
import { ShortcutsDialog } from './shortcuts-dialog';

describe('shortcuts help', () => {
  it('lists every shortcut of the registry with its keys, under where it acts', async () => {
    renderWithRoutes(<ShortcutsDialog opened onClose={() => undefined} />);
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of Object.values(SHORTCUTS)) {
      const group = screen.getByRole('region', { name: SCOPE_TITLES[shortcut.scope] });
      const line = within(group).getByText(shortcut.what).parentElement;
      expect(line).not.toBeNull();
      for (const key of shortcut.keys) {
        for (const part of keyLabel(key)) {
          expect(within(line as HTMLElement).getAllByText(part, { selector: 'kbd' }).length).toBeGreaterThan(0);
        }
      }
    }
  });
});
