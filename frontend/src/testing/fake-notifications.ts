import { http, HttpResponse } from 'msw';
import type { FieldError } from '@/lib/api-problem';
import type {
  KindPreference,
  Notification,
  NotificationPage,
  NotificationPreferences,
  UnreadCount,
} from '@/lib/api-schema';
import { EMAIL_DELIVERIES, NOTIFICATION_KINDS } from '@/lib/api-schema';
import { BOB } from './fixtures';
import { invalidInput, problem } from './problems';
import { server } from './server';

// A JSON answer typed with the contract's types (the same as handlers.ts's `json`, kept here so that
// handlers.ts can include an inbox without an import cycle).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the contract type
const json = <T extends object>(body: T, init?: ResponseInit) => HttpResponse.json(body as never, init);

let sequence = 0;

/** An unread `assigned` notification from Bob about ticket #1 (override what the test is about). */
export function aNotification(overrides: Partial<Notification> = {}): Notification {
  sequence += 1;
  return {
    id: `n-${sequence}`,
    kind: 'assigned',
    kinds: [overrides.kind ?? 'assigned'],
    ticket: { id: 't-1', number: 1, title: 'VPN drops every hour' },
    ticketCount: 1,
    actor: { id: BOB.id, name: BOB.name, email: BOB.email },
    summary: `${BOB.name} assigned it to you`,
    at: '2026-11-26T09:00:00Z',
    read: false,
    ...overrides,
  };
}

/** The server's defaults (docs/api.md): every kind in the app; e-mail immediately for the urgent ones. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  kinds: NOTIFICATION_KINDS.map((kind) => ({
    kind,
    inApp: true,
    email: ['assigned', 'mentioned', 'sla_at_risk', 'sla_breached'].includes(kind) ? 'immediately' : 'off',
  })),
  digestHour: 8,
  timeZone: 'UTC',
};

export interface FakeInboxOptions {
  /** The inbox, newest first (the server's inbox order). */
  items?: Notification[];
  preferences?: NotificationPreferences;
}

/**
 * The signed-in person's inbox and notification settings, in memory, answering like the server
 * (docs/api.md "Notifications"): read-all up to an id in inbox order, or one ticket's entries; the
 * settings' 422 names the field (`kinds[0].email`, `digestHour`, `timeZone`) and changes nothing.
 */
export function fakeInbox(options: FakeInboxOptions = {}) {
  const items = structuredClone(options.items ?? []);
  let preferences = structuredClone(options.preferences ?? DEFAULT_PREFERENCES);
  const unread = () => items.filter((n) => !n.read);

  const handlers = [
    http.get('/api/notifications/unread-count', () => json<UnreadCount>({ count: unread().length })),
    http.get('/api/notifications', ({ request }) => {
      const url = new URL(request.url);
      const shown = url.searchParams.get('unread') === 'true' ? unread() : items;
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return json<NotificationPage>({ items: shown.slice(0, limit), nextCursor: null });
    }),
    http.post('/api/notifications/read-all', async ({ request }) => {
      const body = (await request.json()) as { upToId?: string; ticketId?: string };
      let candidates = items;
      if (body.upToId !== undefined) {
        const index = items.findIndex((n) => n.id === body.upToId);
        if (index < 0) return problem('notFound', { detail: 'No such notification.' });
        candidates = items.slice(index);
      }
      if (body.ticketId !== undefined) {
        candidates = candidates.filter((n) => n.ticketCount === 1 && n.ticket.id === body.ticketId);
      }
      let marked = 0;
      for (const n of candidates) {
        if (!n.read) marked += 1;
        n.read = true;
      }
      return json({ marked });
    }),
    http.post('/api/notifications/:id/read', ({ params }) => {
      const found = items.find((n) => n.id === params.id);
      if (!found) return problem('notFound', { detail: 'No such notification.' });
      found.read = true;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/me/notification-preferences', () => json<NotificationPreferences>(preferences)),
    http.put('/api/me/notification-preferences', async ({ request }) => {
      const body = (await request.json()) as {
        kinds?: KindPreference[];
        digestHour?: number;
        timeZone?: string;
      };
      const errors: FieldError[] = [];
      (body.kinds ?? []).forEach((k, index) => {
        if (!(NOTIFICATION_KINDS as readonly string[]).includes(k.kind))
          errors.push({ field: `kinds[${index}].kind`, message: 'is not a notification kind' });
        if (!(EMAIL_DELIVERIES as readonly string[]).includes(k.email))
          errors.push({ field: `kinds[${index}].email`, message: 'must be off, immediately or daily' });
      });
      if (body.digestHour !== undefined && (body.digestHour < 0 || body.digestHour > 23))
        errors.push({ field: 'digestHour', message: 'must be between 0 and 23' });
      if (body.timeZone !== undefined && !Intl.supportedValuesOf('timeZone').concat('UTC').includes(body.timeZone))
        errors.push({ field: 'timeZone', message: 'is not a time zone' });
      if (errors.length > 0) return invalidInput(errors);
      preferences = {
        kinds: preferences.kinds.map((k) => body.kinds?.find((c) => c.kind === k.kind) ?? k),
        digestHour: body.digestHour ?? preferences.digestHour,
        timeZone: body.timeZone ?? preferences.timeZone,
      };
      return json<NotificationPreferences>(preferences);
    }),
  ];

  return {
    handlers,
    items: () => items,
    preferences: () => preferences,
    /** Another person's action arrives in the inbox (newest first). */
    arrive: (notification: Notification) => items.unshift(notification),
  };
}

export type FakeInbox = ReturnType<typeof fakeInbox>;

/** Installs an inbox over whatever else the test installed (its handlers win). */
export function installFakeInbox(options: FakeInboxOptions = {}): FakeInbox {
  const inbox = fakeInbox(options);
  server.use(...inbox.handlers);
  return inbox;
}
