import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { MentionCandidate } from '../types';
import { handleFor, mentionQueryAt, suggestMembers } from './mentions';

/**
 * `@` autocomplete on a textarea (the ARIA combobox pattern): follows the `@query` before the caret,
 * suggests members, moves through them with the arrows, inserts the handle on Enter/Tab or click and
 * puts the caret after it, and stays dismissed after Escape until the next `@`.
 */
export function useMentionAutocomplete({
  textareaRef,
  text,
  setText,
  members,
  enabled,
}: {
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  text: string;
  setText: (text: string) => void;
  members: MentionCandidate[];
  /** False while the textarea is hidden (the preview tab). */
  enabled: boolean;
}) {
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [activeSuggestion, setActiveSuggestion] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();

  const suggestions = useMemo(
    () => (mention && mention.start !== dismissedAt ? suggestMembers(mention.query, members) : []),
    [mention, dismissedAt, members],
  );
  const suggesting = suggestions.length > 0 && enabled;
  const active = Math.min(activeSuggestion, Math.max(0, suggestions.length - 1));

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const el = textareaRef.current;
    if (caret === null || !el) return;
    pendingCaret.current = null;
    el.focus();
    el.setSelectionRange(caret, caret);
  }, [text, textareaRef]);

  /** Call on every change and selection of the textarea. */
  const refresh = (el: HTMLTextAreaElement) => {
    const next = mentionQueryAt(el.value, el.selectionStart);
    setMention((current) => (current?.start === next?.start && current?.query === next?.query ? current : next));
    if (!next) setDismissedAt(null);
  };

  const choose = (member: MentionCandidate) => {
    const el = textareaRef.current;
    if (!mention || !el) return;
    const insert = `@${handleFor(member, members)} `;
    const next = text.slice(0, mention.start) + insert + text.slice(el.selectionStart);
    pendingCaret.current = mention.start + insert.length;
    setText(next);
    setMention(null);
    setActiveSuggestion(0);
  };

  /** Handles the key if the suggestions want it; true when it did (the caller then stops). */
  const handleKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!suggesting || event.ctrlKey || event.metaKey) return false;
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveSuggestion((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const member = suggestions[active];
      if (member) {
        event.preventDefault();
        choose(member);
        return true;
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(mention?.start ?? null);
      return true;
    }
    return false;
  };

  return {
    listId,
    suggestions,
    suggesting,
    active,
    refresh,
    choose,
    handleKey,
    close: () => setMention(null),
    /** Forget everything (after a send). */
    reset: () => {
      setMention(null);
      setDismissedAt(null);
    },
    /** The combobox attributes for the textarea. */
    inputProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': suggesting ? listId : undefined,
      'aria-activedescendant': suggesting ? `${listId}-${active}` : undefined,
    },
  };
}

export type MentionAutocomplete = ReturnType<typeof useMentionAutocomplete>;
