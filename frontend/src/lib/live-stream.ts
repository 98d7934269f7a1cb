import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

/**
 * The one EventSource wrapper of the app: `GET /api/live` (Server-Sent Events). The server sends ids
 * and versions only; the app turns them into query invalidations (see src/app/live-sync.ts).
 */

export interface LiveViewer {
  id: string;
  name: string;
  composing: boolean;
}

export type LiveEvent =
  /** `number` and `version` may be null for changes recorded before the server sent them. */
  | { type: 'ticket.changed'; id: string; number: number | null; version: number | null; changedFields: string[] }
  | { type: 'ticket.created'; id: string; number: number | null }
  | { type: 'counts.changed' }
  | { type: 'comment.added'; ticketId: string }
  | { type: 'notification.created'; unreadCount: number }
  | { type: 'presence'; ticketId: string; viewers: LiveViewer[] }
  /** The server could not replay what this client missed: refetch what is on screen. */
  | { type: 'resync' };

export type LiveEventType = LiveEvent['type'];

/**
 * `connecting` before the first answer; `open` while events flow; `reconnecting` after the stream
 * broke (the browser or this wrapper tries again); `off` when stopped or the browser has no
 * EventSource.
 */
export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'off';

/** What of the browser's EventSource this wrapper uses (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => unknown) | null;
  onerror: ((event: Event) => unknown) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

const EVENT_TYPES: readonly LiveEventType[] = [
  'ticket.changed',
  'ticket.created',
  'counts.changed',
  'comment.added',
  'notification.created',
  'presence',
  'resync',
];

const CLOSED = 2;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isViewer = (value: unknown): value is { id: string; name: string; composing?: unknown } =>
  isObject(value) && typeof value.id === 'string' && typeof value.name === 'string';

/** Reads one SSE message into a typed event; anything malformed is dropped (returns undefined). */
export function parseLiveEvent(type: string, data: string): LiveEvent | undefined {
  let body: unknown = {};
  if (data.trim()) {
    try {
      body = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (!isObject(body)) return undefined;
  switch (type) {
    case 'ticket.changed':
      if (typeof body.id !== 'string') return;
      return {
        type,
        id: body.id,
        number: typeof body.number === 'number' ? body.number : null,
        version: typeof body.version === 'number' ? body.version : null,
        changedFields: Array.isArray(body.changedFields)
          ? body.changedFields.filter((f): f is string => typeof f === 'string')
          : [],
      };
    case 'ticket.created':
      if (typeof body.id !== 'string') return;
      return { type, id: body.id, number: typeof body.number === 'number' ? body.number : null };
    case 'comment.added':
      if (typeof body.ticketId !== 'string') return;
      return { type, ticketId: body.ticketId };
    case 'notification.created':
      if (typeof body.unreadCount !== 'number') return;
      return { type, unreadCount: body.unreadCount };
    case 'presence':
      if (typeof body.ticketId !== 'string' || !Array.isArray(body.viewers)) return;
      return {
        type,
        ticketId: body.ticketId,
        viewers: body.viewers
          .filter(isViewer)
          .map((v) => ({ id: v.id, name: v.name, composing: v.composing === true })),
      };
    case 'counts.changed':
    case 'resync':
      return { type };
    default:
      return undefined;
  }
}

export interface LiveStreamOptions {
  url?: string;
  /** What the stream is scoped to (the organisation): a new scope needs a new stream. */
  scope?: string;
  /** Defaults to the browser's EventSource (with the session cookie); none → the stream stays `off`. */
  createEventSource?: EventSourceFactory;
  /** Waits before reopening a stream the browser gave up on (it retries by itself after a network blip). */
  retryDelaysMs?: readonly number[];
}

const browserEventSource = (): EventSourceFactory | undefined =>
  typeof EventSource === 'undefined' ? undefined : (url) => new EventSource(url, { withCredentials: true });

/**
 * One live connection. The browser reconnects a dropped stream by itself and sends `Last-Event-ID`
 * (the server replays or answers `resync`); when the browser gives up (the server refused, e.g. after a
 * restart), this opens a new stream after a back-off and, having missed events, announces a `resync`.
 */
export class LiveStream {
  private source: EventSourceLike | undefined;
  private status: LiveStatus = 'off';
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private readonly statusListeners = new Set<() => void>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private missedEvents = false;
  private running = false;
  private readonly url: string;
  readonly scope: string | undefined;
  private readonly factory: EventSourceFactory | undefined;
  private readonly retryDelaysMs: readonly number[];

  constructor(options: LiveStreamOptions = {}) {
    this.url = options.url ?? '/api/live';
    this.scope = options.scope;
    this.factory = options.createEventSource ?? browserEventSource();
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
  }

  getStatus = (): LiveStatus => this.status;

  /** Every event, in order of arrival. Returns the unsubscribe function. */
  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatusChange = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  start(): void {
    if (this.running || !this.factory) return;
    this.running = true;
    this.open('connecting');
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = undefined;
    this.setStatus('off');
  }

  private open(status: LiveStatus): void {
    if (!this.factory) return;
    this.setStatus(status);
    const source = this.factory(this.url);
    this.source = source;
    source.onopen = () => {
      if (this.source !== source) return;
      this.attempt = 0;
      this.setStatus('open');
      if (this.missedEvents) {
        this.missedEvents = false;
        this.emit({ type: 'resync' });
      }
    };
    source.onerror = () => {
      if (this.source !== source || !this.running) return;
      if (source.readyState === CLOSED) {
        // The browser gave up: a new stream starts without Last-Event-ID, so catch up on open.
        source.close();
        this.source = undefined;
        this.missedEvents = true;
        this.setStatus('reconnecting');
        const delay = this.retryDelaysMs[Math.min(this.attempt, this.retryDelaysMs.length - 1)] ?? 30_000;
        this.attempt += 1;
        this.retryTimer = setTimeout(() => {
          if (this.running) this.open('reconnecting');
        }, delay);
      } else {
        // The browser is reconnecting (with Last-Event-ID): the server replays or sends resync.
        this.setStatus('reconnecting');
      }
    };
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        if (this.source !== source) return;
        const event = parseLiveEvent(type, message.data);
        if (event) this.emit(event);
      });
    }
  }

  private emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of [...this.statusListeners]) listener();
  }
}

const LiveStreamContext = createContext<LiveStream | undefined>(undefined);

/** Holds the signed-in app's one live stream: opens it on mount, closes it on unmount (sign-out). */
export function LiveStreamProvider({ stream, children }: { stream: LiveStream; children: ReactNode }) {
  useEffect(() => {
    stream.start();
    return () => stream.stop();
  }, [stream]);
  return createElement(LiveStreamContext.Provider, { value: stream }, children);
}

export const useLiveStream = (): LiveStream | undefined => useContext(LiveStreamContext);

const offStatus = (): LiveStatus => 'off';
const noSubscription = () => () => undefined;

/** The stream's state, for the connection indicator and for presence (reported only while live). */
export function useLiveStatus(): LiveStatus {
  const stream = useLiveStream();
  return useSyncExternalStore(
    stream ? stream.onStatusChange : noSubscription,
    stream ? stream.getStatus : offStatus,
    offStatus,
  );
}

/** Calls `handler` for every live event while mounted (the latest handler, without resubscribing). */
export function useLiveEvents(handler: (event: LiveEvent) => void): void {
  const stream = useLiveStream();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => stream?.subscribe((event) => latest.current(event)), [stream]);
}
