import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * Work in progress that must survive a reload, a closed tab, a remote change or leaving the page:
 * reply drafts and title/description edits, kept in localStorage per signed-in person and ticket
 * until sent, saved or discarded. Tabs see each other's drafts (the `storage` event).
 */

const PREFIX = 'worktrackr.draft';
export type DraftKind = 'reply' | 'title' | 'description';

let owner = 'anonymous';
const listeners = new Set<() => void>();
/** Keys this tab wrote: closing the tab asks first while one of them still holds unsent text. */
const touchedHere = new Set<string>();

/** Drafts belong to the signed-in person (another person on the same browser does not see them). */
export function setDraftOwner(userId: string): void {
  // Called while rendering the signed-in shell, before any draft is read: no one to notify yet.
  owner = userId;
}

export const draftKey = (kind: DraftKind, ticketId: string) => `${PREFIX}:${owner}:${kind}:${ticketId}`;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // storage disabled by the browser
  }
}

function notify() {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function readRaw(key: string): string | null {
  return storage()?.getItem(key) ?? null;
}

function parse<T>(raw: string | null, isValid: (value: unknown) => value is T): T | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores (or with `undefined` removes) one draft. A full storage keeps the draft in the page only. */
export function writeDraft(kind: DraftKind, ticketId: string, value: object | undefined): void {
  const key = draftKey(kind, ticketId);
  const store = storage();
  try {
    if (value === undefined) {
      store?.removeItem(key);
      touchedHere.delete(key);
    } else {
      store?.setItem(key, JSON.stringify({ ...value, savedAt: new Date().toISOString() }));
      touchedHere.add(key);
    }
  } catch {
    // QuotaExceededError: nothing else to do; the editor still holds the text.
  }
  notify();
}

export function readDraft<T>(
  kind: DraftKind,
  ticketId: string,
  isValid: (value: unknown) => value is T,
): T | undefined {
  return parse(readRaw(draftKey(kind, ticketId)), isValid);
}

/** One draft, live: re-renders when this or another tab changes it. */
export function useDraft<T>(
  kind: DraftKind,
  ticketId: string,
  isValid: (value: unknown) => value is T,
): [T | undefined, (value: T | undefined) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(draftKey(kind, ticketId)),
    () => null,
  );
  const value = useMemo(() => parse(raw, isValid), [raw, isValid]);
  const write = useCallback((next: T | undefined) => writeDraft(kind, ticketId, next ?? undefined), [kind, ticketId]);
  return [value, write];
}

const KINDS: readonly DraftKind[] = ['reply', 'title', 'description'];

/** True when the signed-in person has any unsent work on this ticket (the list's "draft" marker). */
export function useHasDraft(ticketId: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => KINDS.some((kind) => readRaw(draftKey(kind, ticketId)) !== null),
    () => false,
  );
}

/** While mounted: closing or reloading the tab asks first when this tab holds unsent text. */
export function useUnsentWorkGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const unsent = [...touchedHere].some((key) => readRaw(key) !== null);
      if (!unsent) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
