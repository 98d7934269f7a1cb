import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '@/testing/fake-event-source';
import { LiveStream, parseLiveEvent, type LiveEvent } from './live-stream';

function aStream() {
  const sources: FakeEventSource[] = [];
  const stream = new LiveStream({
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    retryDelaysMs: [1_000, 5_000],
  });
  const events: LiveEvent[] = [];
  stream.subscribe((event) => events.push(event));
  return { stream, sources, events, latest: () => sources[sources.length - 1] as FakeEventSource };
}

describe('live stream', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens /api/live and hands on typed events in order', () => {
    const { stream, latest, events } = aStream();
    stream.start();
    expect(latest().url).toBe('/api/live');
    expect(stream.getStatus()).toBe('connecting');
    latest().open();
    expect(stream.getStatus()).toBe('open');

    latest().emit('ticket.changed', { id: 't-1', number: 1, version: 4, changedFields: ['status'] });
    latest().emit('counts.changed');
    latest().emit('notification.created', { unreadCount: 3 });
    latest().emit('presence', { ticketId: 't-1', viewers: [{ id: 'u-bob', name: 'Bob', composing: true }] });

    expect(events).toEqual([
      { type: 'ticket.changed', id: 't-1', number: 1, version: 4, changedFields: ['status'] },
      { type: 'counts.changed' },
      { type: 'notification.created', unreadCount: 3 },
      { type: 'presence', ticketId: 't-1', viewers: [{ id: 'u-bob', name: 'Bob', composing: true }] },
    ]);
  });

  it('drops malformed messages instead of failing', () => {
    expect(parseLiveEvent('ticket.changed', '{not json')).toBeUndefined();
    expect(parseLiveEvent('ticket.changed', '{"number":1}')).toBeUndefined();
    // Changes recorded before the server sent number and version still arrive (and refetch by id).
    expect(parseLiveEvent('ticket.changed', '{"id":"t-1"}')).toEqual({
      type: 'ticket.changed',
      id: 't-1',
      number: null,
      version: null,
      changedFields: [],
    });
    expect(parseLiveEvent('comment.added', '[]')).toBeUndefined();
    expect(parseLiveEvent('resync', '')).toEqual({ type: 'resync' });
  });

  it('shows reconnecting while the browser retries, and open again after', () => {
    const { stream, latest, sources } = aStream();
    const statuses: string[] = [];
    stream.onStatusChange(() => statuses.push(stream.getStatus()));
    stream.start();
    latest().open();
    latest().fail(false);
    expect(stream.getStatus()).toBe('reconnecting');
    latest().open();
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    expect(sources).toHaveLength(1); // the browser reconnected the same EventSource (with Last-Event-ID)
  });

  it('reopens a stream the browser gave up on after a back-off, and asks for a resync', () => {
    const { stream, sources, events } = aStream();
    stream.start();
    sources[0]?.open();
    sources[0]?.fail(true);
    expect(sources[0]?.closed).toBe(true);
    expect(stream.getStatus()).toBe('reconnecting');

    vi.advanceTimersByTime(999);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);

    sources[1]?.fail(true); // still down: waits longer
    vi.advanceTimersByTime(4_999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    sources[2]?.open();
    expect(stream.getStatus()).toBe('open');
    expect(events).toEqual([{ type: 'resync' }]);
  });

  it('ignores a replaced stream and closes everything on stop', () => {
    const { stream, sources, events } = aStream();
    stream.start();
    stream.start(); // idempotent
    expect(sources).toHaveLength(1);
    const first = sources[0] as FakeEventSource;
    first.open();
    stream.stop();
    expect(first.closed).toBe(true);
    expect(stream.getStatus()).toBe('off');
    first.emit('counts.changed');
    first.fail(true);
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
    expect(sources).toHaveLength(1);
  });

  it('stays off in a browser without EventSource', () => {
    const stream = new LiveStream();
    stream.start();
    expect(stream.getStatus()).toBe('off');
  });
});
