import { InfiniteQueryObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversationKeys } from '@/features/conversation/api/conversation-keys';
import { liveKeys } from '@/features/live';
import { notificationKeys } from '@/features/notifications';
import { queueKeys } from '@/features/queues';
import { ticketKeys } from '@/features/tickets';
import { aTicket } from '@/testing/fixtures';
import { LIVE_BATCH_MS, createLiveSync } from './live-sync';

/** A cache holding two tickets, a list, the counts and the bell, each watched by an observer (on screen). */
function aCache() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const fetched: string[] = [];
  const watch = (queryKey: readonly unknown[], data: unknown) => {
    client.setQueryData(queryKey, data);
    const observer = new QueryObserver(client, {
      queryKey,
      queryFn: () => {
        fetched.push(JSON.stringify(queryKey));
        return data;
      },
    });
    observer.subscribe(() => undefined);
  };
  watch(ticketKeys.byNumber(1), aTicket({ number: 1, version: 3 }));
  watch(ticketKeys.byNumber(2), aTicket({ number: 2, version: 7 }));
  watch(ticketKeys.list({ view: 'open' }), { pages: [], pageParams: [] });
  watch(ticketKeys.counts(), { views: {}, queues: [] });
  watch(notificationKeys.unreadCount(), { count: 0 });
  watch(conversationKeys.comments('t-2'), { items: [] });
  const stale = (queryKey: readonly unknown[]) => client.getQueryState(queryKey)?.isInvalidated ?? false;
  return { client, fetched, stale };
}

describe('live sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('invalidates exactly the changed ticket, the lists and the counts — once for a burst', () => {
    const { client, stale, fetched } = aCache();
    const spy = vi.spyOn(client, 'invalidateQueries');
    const sync = createLiveSync(client);
    for (let version = 4; version < 14; version += 1) {
      sync.handle({ type: 'ticket.changed', id: 't-1', number: 1, version, changedFields: ['status'] });
    }
    expect(spy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LIVE_BATCH_MS);

    expect(stale(ticketKeys.byNumber(1))).toBe(true);
    expect(stale(ticketKeys.byNumber(2))).toBe(false);
    expect(stale(ticketKeys.list({ view: 'open' }))).toBe(true);
    expect(stale(ticketKeys.counts())).toBe(true);
    expect(stale(notificationKeys.unreadCount())).toBe(false);
    expect(stale(conversationKeys.comments('t-2'))).toBe(false);
    // one invalidation per affected key, not one per event
    const keys = spy.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).toEqual([
      JSON.stringify(ticketKeys.byNumber(1)),
      JSON.stringify(ticketKeys.activity('t-1')),
      JSON.stringify(ticketKeys.sla('t-1')),
      JSON.stringify(ticketKeys.lists()),
      JSON.stringify(ticketKeys.counts()),
      JSON.stringify(queueKeys.all),
      JSON.stringify(['members']),
    ]);
    expect(fetched.filter((key) => key === JSON.stringify(ticketKeys.byNumber(1)))).toHaveLength(1);
  });

  it('skips a change the cache already holds (this tab made it)', () => {
    const { client } = aCache();
    const spy = vi.spyOn(client, 'invalidateQueries');
    const sync = createLiveSync(client);
    sync.handle({ type: 'ticket.changed', id: 't-2', number: 2, version: 7, changedFields: ['priority'] });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(spy).not.toHaveBeenCalled();
  });

  it('skips a change a list already shows at that version, and refetches one it shows older', () => {
    const { client } = aCache();
    const listed = aTicket({ number: 9, version: 5 });
    client.setQueryData(ticketKeys.list({ view: 'all' }), {
      pages: [{ items: [listed], nextCursor: null }],
      pageParams: [null],
    });
    const spy = vi.spyOn(client, 'invalidateQueries');
    const sync = createLiveSync(client);
    sync.handle({ type: 'ticket.changed', id: listed.id, number: 9, version: 5, changedFields: ['status'] });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(spy).not.toHaveBeenCalled();
    sync.handle({ type: 'ticket.changed', id: listed.id, number: 9, version: 6, changedFields: ['status'] });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(spy).toHaveBeenCalled();
  });

  it('finds the ticket page by id when the event has no number', () => {
    const { client, stale } = aCache();
    createLiveSync(client).handle({
      type: 'ticket.changed',
      id: 't-2',
      number: null,
      version: null,
      changedFields: [],
    });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(stale(ticketKeys.byNumber(2))).toBe(true);
    expect(stale(ticketKeys.byNumber(1))).toBe(false);
  });

  it('leaves queue and workload counts alone when only the title changed', () => {
    const { client } = aCache();
    const spy = vi.spyOn(client, 'invalidateQueries');
    createLiveSync(client).handle({
      type: 'ticket.changed',
      id: 't-1',
      number: 1,
      version: 4,
      changedFields: ['title'],
    });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    const keys = spy.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).not.toContain(JSON.stringify(queueKeys.all));
  });

  it('refreshes a ticket’s conversation when a comment is added', () => {
    const { client, stale } = aCache();
    createLiveSync(client).handle({ type: 'comment.added', ticketId: 't-2' });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(stale(conversationKeys.comments('t-2'))).toBe(true);
    expect(stale(ticketKeys.byNumber(2))).toBe(false);
  });

  it('puts the unread count and presence straight into the cache', () => {
    const { client, stale } = aCache();
    const sync = createLiveSync(client);
    sync.handle({ type: 'notification.created', unreadCount: 5 });
    sync.handle({ type: 'presence', ticketId: 't-1', viewers: [{ id: 'u-bob', name: 'Bob', composing: false }] });
    expect(client.getQueryData(notificationKeys.unreadCount())).toEqual({ count: 5 });
    expect(client.getQueryData(liveKeys.presence('t-1'))).toEqual([{ id: 'u-bob', name: 'Bob', composing: false }]);
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(stale(notificationKeys.unreadCount())).toBe(false);
  });

  it('on resync refetches what is on screen, but keeps presence', () => {
    const { client, stale } = aCache();
    client.setQueryData(liveKeys.presence('t-1'), [{ id: 'u-bob', name: 'Bob', composing: false }]);
    createLiveSync(client).handle({ type: 'resync' });
    vi.advanceTimersByTime(LIVE_BATCH_MS);
    expect(stale(ticketKeys.byNumber(1))).toBe(true);
    expect(stale(ticketKeys.byNumber(2))).toBe(true);
    expect(stale(notificationKeys.unreadCount())).toBe(true);
    expect(stale(liveKeys.presence('t-1'))).toBe(false);
  });

  it('lets a list finish loading its next page before refetching it (a live change never swallows "Load more")', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const listKey = ticketKeys.list({ view: 'all' });
    const pages: Record<string, (page: { items: number[]; next: string | null }) => void> = {};
    const observer = new InfiniteQueryObserver(client, {
      queryKey: listKey,
      queryFn: ({ pageParam }: { pageParam: string }) =>
        new Promise<{ items: number[]; next: string | null }>((resolve) => {
          pages[pageParam] = resolve;
        }),
      initialPageParam: 'first',
      getNextPageParam: (last: { items: number[]; next: string | null }) => last.next,
    });
    observer.subscribe(() => undefined);
    pages.first?.({ items: [1, 2], next: 'second' });
    await vi.advanceTimersByTimeAsync(0);
    const more = observer.fetchNextPage();
    await vi.advanceTimersByTimeAsync(0);

    const sync = createLiveSync(client);
    sync.handle({ type: 'counts.changed' });
    sync.handle({ type: 'ticket.created', id: 't-9', number: 9 });
    await vi.advanceTimersByTimeAsync(LIVE_BATCH_MS);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(false); // the next page is still on its way

    pages.second?.({ items: [3], next: null });
    await more;
    expect(observer.getCurrentResult().data?.pages.flatMap((page) => page.items)).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(LIVE_BATCH_MS);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true); // then the change is fetched
  });

  it('does nothing after dispose', () => {
    const { client } = aCache();
    const spy = vi.spyOn(client, 'invalidateQueries');
    const sync = createLiveSync(client);
    sync.handle({ type: 'counts.changed' });
    sync.dispose();
    vi.advanceTimersByTime(LIVE_BATCH_MS * 2);
    expect(spy).not.toHaveBeenCalled();
  });
});
