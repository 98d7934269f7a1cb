import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '@/lib/shortcuts';
import { renderWithRoutes } from '@/testing/render';
import { ShortcutsDialog } from './shortcuts-dialog';

describe('shortcuts help', () => {
  it('lists every shortcut of the registry with its keys', async () => {
    renderWithRoutes(<ShortcutsDialog opened onClose={() => undefined} />);
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of Object.values(SHORTCUTS)) {
      expect(screen.getByText(shortcut.what)).toBeInTheDocument();
      for (const key of shortcut.keys) expect(screen.getAllByText(key, { selector: 'kbd' }).length).toBeGreaterThan(0);
    }
  });
});
