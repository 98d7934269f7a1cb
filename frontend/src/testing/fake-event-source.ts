import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { EventSourceLike, LiveEventType } from '@/lib/live-stream';

/**
 * A stand-in for the browser's EventSource (jsdom has none): the test opens, breaks and feeds the
 * stream. `installFakeEventSource()` puts it where the app looks for EventSource.
 */
export class FakeEventSource implements EventSourceLike {
  static readonly instances: FakeEventSource[] = [];
  readyState = 0;
  onopen: ((event: Event) => unknown) | null = null;
  onerror: ((event: Event) => unknown) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.readyState = 2;
    this.closed = true;
  }

  /** The server answered: events flow. */
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  /** One SSE message (`event: type`, `data: JSON`). */
  emit(type: LiveEventType | (string & {}), data: object | string = {}): void {
    const message = new MessageEvent<string>(type, { data: typeof data === 'string' ? data : JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(message);
  }

  /** The stream broke: the browser retries by itself (`closed: false`) or gave up (`closed: true`). */
  fail(closed: boolean): void {
    this.readyState = closed ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
}

/** Makes the app's live stream use FakeEventSource; returns the stream the app opened last. */
export function installFakeEventSource() {
  FakeEventSource.instances.length = 0;
  vi.stubGlobal('EventSource', FakeEventSource);
  const latest = () => {
    const source = FakeEventSource.instances.at(-1);
    if (!source) throw new Error('the app opened no live stream');
    return source;
  };
  return {
    latest,
    /** Opens the app's stream (inside act: the app reacts to it). */
    open: () =>
      act(async () => {
        latest().open();
        await Promise.resolve();
      }),
    /** Sends one event on the app's stream (inside act). */
    emit: (type: LiveEventType, data: object = {}) =>
      act(async () => {
        latest().emit(type, data);
        await Promise.resolve();
      }),
    /** Breaks the app's stream (inside act); see FakeEventSource.fail. */
    fail: (closed: boolean) =>
      act(async () => {
        latest().fail(closed);
        await Promise.resolve();
      }),
  };
}
