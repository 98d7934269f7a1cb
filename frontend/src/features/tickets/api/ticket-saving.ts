import { notifyManager, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { TicketChanges } from '../types';

/** What is being saved for one ticket: the fields of its changes sent and not answered yet, with the values sent. */
export type TicketSaving = Readonly<TicketChanges>;

/** Every ticket with a change in flight, by id (an immutable snapshot: a new map whenever one starts or ends). */
export type SavingTickets = ReadonlyMap<string, TicketSaving>;

/** One change sent: what `start` hands back and `finish` takes. */
export interface SentChange {
  readonly id: string;
  readonly changes: TicketChanges;
}

/**
 * The tickets' changes in flight, from the moment one is sent until its answer is in the cache. The inline controls
 * read their pending state here rather than each observing its own mutation (a list rendered three mutation
 * observers and three `useIsMutating` per row; issue 15), and a change ends with its answer: the controls are
 * usable again in the same render that shows the server's value and the toast, not after the refresh that follows.
 *
 * Listeners are called through TanStack Query's notify manager, so a change's end, the cache write of its answer and
 * its toast reach React in one batch.
 */
class SavingStore {
  readonly #sent = new Set<SentChange>();
  #snapshot: SavingTickets = new Map();
  readonly #listeners = new Set<() => void>();

  start(id: string, changes: TicketChanges): SentChange {
    const sent = { id, changes };
    this.#sent.add(sent);
    this.#update(id);
    return sent;
  }

  /** Ends a change (once: a second call, or a change never started, changes nothing). */
  finish(sent: SentChange | undefined): void {
    if (!sent || !this.#sent.delete(sent)) return;
    this.#update(sent.id);
  }

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  readonly snapshot = (): SavingTickets => this.#snapshot;

  #update(id: string) {
    const inFlight = [...this.#sent].filter((sent) => sent.id === id).map((sent) => sent.changes);
    const next = new Map(this.#snapshot);
    const [only] = inFlight;
    if (only === undefined) next.delete(id);
    // one change (the usual case) is its own entry, so a row that did not change keeps the same object
    else
      next.set(id, inFlight.length === 1 ? only : inFlight.reduce<TicketChanges>((all, c) => ({ ...all, ...c }), {}));
    this.#snapshot = next;
    notifyManager.schedule(() => {
      for (const listener of this.#listeners) listener();
    });
  }
}

const stores = new WeakMap<QueryClient, SavingStore>();

/** The store of one query client (the app has one; each test its own). */
export function savingStore(queryClient: QueryClient): SavingStore {
  let store = stores.get(queryClient);
  if (!store) {
    store = new SavingStore();
    stores.set(queryClient, store);
  }
  return store;
}

/** Every ticket's changes in flight: one subscription for a whole list, which hands each row its entry. */
export function useSavingTickets(): SavingTickets {
  const store = savingStore(useQueryClient());
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

/** One ticket's changes in flight (`undefined`: none). */
export function useTicketSaving(ticketId: string | undefined): TicketSaving | undefined {
  const store = savingStore(useQueryClient());
  return useSyncExternalStore(store.subscribe, () =>
    ticketId === undefined ? undefined : store.snapshot().get(ticketId),
  );
}
