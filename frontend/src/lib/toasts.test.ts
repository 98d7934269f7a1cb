import { notifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { announceToastsByColour, toastRole } from './toasts';

describe('toast roles', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    notifications.clean();
  });

  it('announces failures assertively and everything else politely', () => {
    expect(toastRole('red')).toBe('alert');
    expect(toastRole('orange')).toBe('alert');
    expect(toastRole('teal')).toBe('status');
    expect(toastRole(undefined)).toBe('status');
  });

  it('gives every shown toast its role, unless the caller chose one', () => {
    stop = announceToastsByColour();
    const saved = notifications.show({ color: 'teal', message: 'Profile saved' });
    const failed = notifications.show({ color: 'red', message: 'Could not save' });
    const chosen = notifications.show({ color: 'red', role: 'status', message: 'Chosen' });
    const roles = new Map<string | undefined, string | undefined>(
      notificationsStore.getState().notifications.map((n) => [n.id, n.role]),
    );
    expect(roles.get(saved)).toBe('status');
    expect(roles.get(failed)).toBe('alert');
    expect(roles.get(chosen)).toBe('status');
  });
});
