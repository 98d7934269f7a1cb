import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { savingStore } from './ticket-saving';

describe('the saving store', () => {
  it('holds each ticket’s changes in flight, merged while several are, and forgets them with their answers', () => {
    const store = savingStore(new QueryClient());
    const status = store.start('t-1', { status: 'pending' });
    const other = store.start('t-2', { priority: 'high' });
    const title = store.start('t-1', { title: 'New title' });
    expect(store.snapshot().get('t-1')).toEqual({ status: 'pending', title: 'New title' });

    const before = store.snapshot();
    store.finish(status);
    expect(store.snapshot()).not.toBe(before); // a new snapshot: subscribers re-render
    expect(store.snapshot().get('t-1')).toEqual({ title: 'New title' });
    // a ticket whose changes did not move keeps its entry: its memoised row does not re-render
    expect(store.snapshot().get('t-2')).toBe(before.get('t-2'));

    store.finish(status); // a second finish changes nothing
    store.finish(title);
    store.finish(other);
    expect(store.snapshot().size).toBe(0);
  });

  it('is one store per query client', () => {
    const client = new QueryClient();
    expect(savingStore(client)).toBe(savingStore(client));
    expect(savingStore(new QueryClient())).not.toBe(savingStore(client));
  });
});
