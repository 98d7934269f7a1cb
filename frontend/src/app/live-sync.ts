import { useEffect } from 'react';
import type { InfiniteData, Query, QueryClient, QueryKey } from '@tanstack/react-query';
// The keys only: the conversation itself loads lazily with the ticket page.
import { conversationKeys } from '@/features/conversation/api/conversation-keys';
import { liveKeys } from '@/features/live';
import { memberKeys } from '@/features/members';
import { notificationKeys } from '@/features/notifications';
import { queueKeys } from '@/features/queues';
import { ticketKeys, type Ticket } from '@/features/tickets';
import type { TicketPage } from '@/lib/api-schema';
import type { LiveEvent, LiveStream } from '@/lib/live-stream';

/** Events closer together than this are answered with one round of refetches (a bulk change of 50). */
export const LIVE_BATCH_MS = 150;

/** Fields whose change moves a ticket between views, queues' active counts and people's workloads. */
const PLACEMENT_FIELDS = new Set(['status', 'queue', 'queueId', 'assignee', 'assigneeId']);

interface Batch {
  keys: Map<string, QueryKey>;
  resync: boolean;
}

const newBatch = (): Batch => ({ keys: new Map(), resync: false });

/**
 * A list fetching its next page because someone pressed "Load more". Invalidating it now would cancel
 * that page (a refetch replaces the fetch in flight) and the press would silently do nothing; its
 * refetch waits for the next round instead.
 */
const loadingMore = (query: Query): boolean =>
  query.state.fetchStatus === 'fetching' && query.state.fetchMeta?.fetchMore !== undefined;

/**
 * True when the cache already holds this version or a newer one (e.g. this tab made the change and
 * wrote the server's answer into the ticket page and the lists).
 */
function alreadyKnown(client: QueryClient, event: Extract<LiveEvent, { type: 'ticket.changed' }>): boolean {
  const { number, version } = event;
  if (number === null || version === null) return false;
  const cached = client.getQueryData<Ticket>(ticketKeys.byNumber(number));
  if (cached) return cached.version >= version;
  const inLists = client
    .getQueriesData<InfiniteData<TicketPage>>({ queryKey: ticketKeys.lists() })
    .flatMap(([, data]) => data?.pages.flatMap((page) => page.items) ?? [])
    .filter((ticket) => ticket.id === event.id);
  return inLists.length > 0 && inLists.every((ticket) => ticket.version >= version);
}

/** The cached ticket page's key for this ticket (by number when the event has one, else by id). */
function ticketPageKey(client: QueryClient, id: string, number: number | null): QueryKey | undefined {
  if (number !== null) return ticketKeys.byNumber(number);
  return client
    .getQueryCache()
    .findAll({ queryKey: ticketKeys.byNumbers() })
    .find((query) => (query.state.data as Ticket | undefined)?.id === id)?.queryKey;
}

/**
 * Turns live events into query-cache work. Only the entries an event can affect are invalidated
 * (the ticket, its activity and SLA, the lists and counts), and only queries on screen refetch;
 * inactive ones are just marked stale. A burst of events within LIVE_BATCH_MS becomes one round.
 * Presence and the bell's unread count are written straight into the cache.
 */
export function createLiveSync(client: QueryClient, batchMs = LIVE_BATCH_MS) {
  let batch = newBatch();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const { keys, resync } = batch;
    batch = newBatch();
    const cache = client.getQueryCache();
    if (resync) {
      if (cache.getAll().some(loadingMore)) {
        batch.resync = true;
        timer ??= setTimeout(flush, batchMs);
        return;
      }
      // Missed events: refetch whatever is on screen (presence is pushed, never fetched).
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== liveKeys.all[0] });
      return;
    }
    const waiting: QueryKey[] = [];
    for (const queryKey of keys.values()) {
      if (cache.findAll({ queryKey }).some(loadingMore)) waiting.push(queryKey);
      else void client.invalidateQueries({ queryKey });
    }
    if (waiting.length > 0) add(...waiting);
  };
  const add = (...queryKeys: QueryKey[]) => {
    for (const queryKey of queryKeys) batch.keys.set(JSON.stringify(queryKey), queryKey);
    timer ??= setTimeout(flush, batchMs);
  };

  const handle = (event: LiveEvent) => {
    switch (event.type) {
      case 'ticket.changed': {
        if (alreadyKnown(client, event)) return;
        const page = ticketPageKey(client, event.id, event.number);
        if (page) add(page);
        add(ticketKeys.activity(event.id), ticketKeys.sla(event.id), ticketKeys.lists(), ticketKeys.counts());
        const fields = event.changedFields;
        if (fields.length === 0 || fields.some((field) => PLACEMENT_FIELDS.has(field))) {
          add(queueKeys.all, memberKeys.all);
        }
        return;
      }
      case 'ticket.created':
        add(ticketKeys.lists(), ticketKeys.counts(), queueKeys.all, memberKeys.all);
        return;
      case 'counts.changed':
        add(ticketKeys.counts(), queueKeys.all);
        return;
      case 'comment.added':
        add(
          conversationKeys.comments(event.ticketId),
          conversationKeys.attachments(event.ticketId),
          ticketKeys.activity(event.ticketId),
        );
        return;
      case 'notification.created':
        client.setQueryData(notificationKeys.unreadCount(), { count: event.unreadCount });
        add(notificationKeys.list());
        return;
      case 'presence':
        client.setQueryData(liveKeys.presence(event.ticketId), event.viewers);
        return;
      case 'resync':
        batch.resync = true;
        timer ??= setTimeout(flush, batchMs);
        return;
    }
  };

  return {
    handle,
    dispose: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Wires the stream to the cache while the signed-in app is mounted. */
export function useLiveSync(stream: LiveStream, client: QueryClient): void {
  useEffect(() => {
    const live = createLiveSync(client);
    const unsubscribe = stream.subscribe(live.handle);
    return () => {
      unsubscribe();
      live.dispose();
    };
  }, [stream, client]);
}
