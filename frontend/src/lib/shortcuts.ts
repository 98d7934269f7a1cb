import { useEffect, useLayoutEffect, useRef } from 'react';
import { hasCommandModifier, isTypingTarget } from './keyboard';

/**
 * The page's keyboard shortcuts: the one list that both binds the keys (`useShortcuts`) and feeds
 * the `?` help dialog, so the two cannot disagree. Add a shortcut here, then bind it where it acts.
 */
export const SHORTCUTS = {
  nextTicket: { keys: ['j'], what: 'Next ticket in the list', inDialogs: false },
  previousTicket: { keys: ['k'], what: 'Previous ticket in the list', inDialogs: false },
  openTicket: { keys: ['Enter'], what: 'Open the highlighted ticket', inDialogs: false },
  selectTicket: { keys: ['x'], what: 'Select or unselect the highlighted ticket', inDialogs: false },
  search: { keys: ['/'], what: 'Search the list', inDialogs: false },
  help: { keys: ['?'], what: 'Show this help', inDialogs: true },
} as const satisfies Record<string, { keys: readonly string[]; what: string; inDialogs: boolean }>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** Acts on the key; returns `false` when it did not apply here (the key then goes on as usual). */
export type ShortcutHandler = (event: KeyboardEvent) => unknown;

const modalOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/**
 * Binds shortcuts from the registry while the component is mounted. Shortcuts are off while the
 * person types in a field, with Ctrl/⌘/Alt held, and (unless `inDialogs`) while a modal is open.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutId, ShortcutHandler>>) {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasCommandModifier(event) || isTypingTarget(event.target)) return;
      for (const [id, handler] of Object.entries(current.current) as [ShortcutId, ShortcutHandler | undefined][]) {
        const shortcut = SHORTCUTS[id];
        if (!handler || !(shortcut.keys as readonly string[]).includes(event.key)) continue;
        if (!shortcut.inDialogs && modalOpen()) continue;
        if (handler(event) !== false) {
          event.preventDefault();
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
