import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SHORTCUTS, keyLabel, matchesShortcut, useShortcuts, type ShortcutHandler, type ShortcutId } from './shortcuts';

function key(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function field(tag: 'input' | 'textarea' | 'div'): HTMLElement {
  const element = document.createElement(tag);
  if (tag === 'div') element.contentEditable = 'true';
  Object.defineProperty(element, 'isContentEditable', { value: tag === 'div' });
  document.body.append(element);
  return element;
}

describe('shortcut registry', () => {
  it('has each key once, so one key never means two things', () => {
    const keys = Object.values(SHORTCUTS).flatMap((s) => [...s.keys]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('binds the keys of the issue: / x e # a r n j k u c ? and the palette', () => {
    const byKey = (k: string) =>
      Object.entries(SHORTCUTS).find(([, s]) => (s.keys as readonly string[]).includes(k))?.[0];
    expect(['/', 'x', 'e', '#', 'a', 'r', 'n', 'j', 'k', 'u', 'c', '?', 'mod+k'].map(byKey)).toEqual([
      'search',
      'selectTicket',
      'setStatus',
      'setStatus',
      'assignToMe',
      'reply',
      'internalNote',
      'nextTicket',
      'previousTicket',
      'backToList',
      'newTicket',
      'help',
      'palette',
    ]);
  });

  it('takes plain keys only outside fields and without Ctrl, ⌘ or Alt; Shift is how # and ? are typed', () => {
    expect(matchesShortcut(SHORTCUTS.reply, key({ key: 'r' }))).toBe(true);
    expect(matchesShortcut(SHORTCUTS.setStatus, key({ key: '#', shiftKey: true }))).toBe(true);
    expect(matchesShortcut(SHORTCUTS.reply, key({ key: 'r', ctrlKey: true }))).toBe(false);
    expect(matchesShortcut(SHORTCUTS.reply, key({ key: 'r', metaKey: true }))).toBe(false);
    expect(matchesShortcut(SHORTCUTS.reply, key({ key: 'r', altKey: true }))).toBe(false);
    for (const tag of ['input', 'textarea', 'div'] as const) {
      expect(matchesShortcut(SHORTCUTS.reply, key({ key: 'r' }, field(tag)))).toBe(false);
    }
  });

  it('opens the palette with Ctrl+K or ⌘K, also from inside a field, but not with a bare k', () => {
    expect(matchesShortcut(SHORTCUTS.palette, key({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(SHORTCUTS.palette, key({ key: 'K', metaKey: true, shiftKey: true }))).toBe(true);
    expect(matchesShortcut(SHORTCUTS.palette, key({ key: 'k', ctrlKey: true }, field('textarea')))).toBe(true);
    expect(matchesShortcut(SHORTCUTS.palette, key({ key: 'k' }))).toBe(false);
    expect(matchesShortcut(SHORTCUTS.palette, key({ key: 'k', ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('writes mod+k for people: Ctrl K', () => {
    expect(keyLabel('mod+k')).toEqual(['Ctrl', 'K']);
    expect(keyLabel('#')).toEqual(['#']);
  });
});

function Bindings({ handlers }: { handlers: Partial<Record<ShortcutId, ShortcutHandler>> }) {
  useShortcuts(handlers);
  return <input aria-label="Field" />;
}

describe('useShortcuts', () => {
  it('calls the bound handler and keeps the key from the page; a handler returning false lets it through', () => {
    const reply = vi.fn();
    const backToList = vi.fn(() => false);
    render(<Bindings handlers={{ reply, backToList }} />);

    const r = new KeyboardEvent('keydown', { key: 'r', bubbles: true, cancelable: true });
    document.body.dispatchEvent(r);
    expect(reply).toHaveBeenCalledOnce();
    expect(r.defaultPrevented).toBe(true);

    const u = new KeyboardEvent('keydown', { key: 'u', bubbles: true, cancelable: true });
    document.body.dispatchEvent(u);
    expect(backToList).toHaveBeenCalledOnce();
    expect(u.defaultPrevented).toBe(false);
  });

  it('stays quiet while typing and while a modal dialog is open (except what works in dialogs)', () => {
    const reply = vi.fn();
    const help = vi.fn();
    const { getByLabelText } = render(<Bindings handlers={{ reply, help }} />);
    fireEvent.keyDown(getByLabelText('Field'), { key: 'r' });
    expect(reply).not.toHaveBeenCalled();

    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    fireEvent.keyDown(document.body, { key: 'r' });
    fireEvent.keyDown(document.body, { key: '?' });
    dialog.remove();
    expect(reply).not.toHaveBeenCalled();
    expect(help).toHaveBeenCalledOnce();
  });
});
