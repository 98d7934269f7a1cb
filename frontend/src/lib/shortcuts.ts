import { useEffect, useLayoutEffect, useRef } from 'react';
import { hasCommandModifier, isTypingTarget } from './keyboard';

/** Where a shortcut acts; the help dialog groups them so. */
export type ShortcutScope = 'anywhere' | 'work' | 'list' | 'ticket';

export interface Shortcut {
  /** `event.key` values; `mod+k` means Ctrl+K (⌘K on a Mac). */
  keys: readonly string[];
  what: string;
  scope: ShortcutScope;
  /** Also while a modal dialog is open. */
  inDialogs: boolean;
}

/**
 * The page's keyboard shortcuts: the one list that both binds the keys (`useShortcuts`) and feeds
 * the `?` help dialog, so the two cannot disagree. Add a shortcut here, then bind it where it acts.
 * One id may be bound on several pages (`j` moves in the list and, on a ticket, to the list's next one).
 */
export const SHORTCUTS = {
  palette: { keys: ['mod+k'], what: 'Jump to a ticket or run a command', scope: 'anywhere', inDialogs: true },
  newTicket: { keys: ['c'], what: 'New ticket', scope: 'anywhere', inDialogs: false },
  help: { keys: ['?'], what: 'Show this help', scope: 'anywhere', inDialogs: true },
  nextTicket: { keys: ['j'], what: 'Next ticket of the list', scope: 'work', inDialogs: false },
  previousTicket: { keys: ['k'], what: 'Previous ticket of the list', scope: 'work', inDialogs: false },
  openTicket: { keys: ['Enter'], what: 'Open the highlighted ticket', scope: 'list', inDialogs: false },
  selectTicket: { keys: ['x'], what: 'Select or unselect the highlighted ticket', scope: 'list', inDialogs: false },
  search: { keys: ['/'], what: 'Search the list', scope: 'list', inDialogs: false },
  setStatus: { keys: ['e', '#'], what: 'Set the status', scope: 'work', inDialogs: false },
  assignToMe: { keys: ['a'], what: 'Assign to me', scope: 'work', inDialogs: false },
  reply: { keys: ['r'], what: 'Write a public reply', scope: 'ticket', inDialogs: false },
  internalNote: { keys: ['n'], what: 'Write an internal note', scope: 'ticket', inDialogs: false },
  backToList: { keys: ['u'], what: 'Back to the list', scope: 'ticket', inDialogs: false },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

export const SCOPE_TITLES: Record<ShortcutScope, string> = {
  anywhere: 'Anywhere',
  work: 'In a list or on a ticket',
  list: 'In a ticket list',
  ticket: 'On a ticket',
};

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How a key is written in the help dialog and tooltips: `mod+k` is "Ctrl K" (or "⌘ K" on a Mac). */
export function keyLabel(key: string): string[] {
  if (key.startsWith('mod+')) return [isMac() ? '⌘' : 'Ctrl', key.slice(4).toUpperCase()];
  return [key];
}

/**
 * Whether a key event is this shortcut: plain keys never while the person types in a field or holds
 * Ctrl/⌘/Alt (Shift is how `?` and `#` are typed); `mod+` keys (the palette) only with Ctrl or ⌘, and
 * also from inside a field.
 */
export function matchesShortcut(shortcut: Shortcut, event: KeyboardEvent): boolean {
  return shortcut.keys.some((key) => {
    if (key.startsWith('mod+')) {
      return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === key.slice(4);
    }
    return event.key === key && !hasCommandModifier(event) && !isTypingTarget(event.target);
  });
}

/** Acts on the key; returns `false` when it did not apply here (the key then goes on as usual). */
export type ShortcutHandler = (event: KeyboardEvent) => unknown;

const modalOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/**
 * Binds shortcuts from the registry while the component is mounted. Plain-key shortcuts are off while
 * the person types in a field, with Ctrl/⌘/Alt held, and (unless `inDialogs`) while a modal is open.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutId, ShortcutHandler>>) {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const [id, handler] of Object.entries(current.current) as [ShortcutId, ShortcutHandler | undefined][]) {
        const shortcut: Shortcut = SHORTCUTS[id];
        if (!handler || !matchesShortcut(shortcut, event)) continue;
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
