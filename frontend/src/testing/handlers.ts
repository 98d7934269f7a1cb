import { http, HttpResponse } from 'msw';
import type { Me, Member, Queue } from '@/lib/api-schema';
import { ME, MEMBERS, QUEUES } from './fixtures';
import { fakeInbox } from './fake-notifications';
import { server } from './server';

/**
 * Small, stateless MSW handlers for tests that need no server state: install what the test reads,
 * plus a per-test handler for the call it is about. (The stateful fake in fake-api.ts is for the
 * journeys that change something and read it back.)
 */

/** A JSON answer typed with the contract's types (src/lib/api-schema.ts): call it as `json<Ticket>(…)`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the contract type
export const json = <T extends object>(body: T, init?: ResponseInit) => HttpResponse.json(body as never, init);

export const csrfHandler = http.get('/api/auth/csrf', () =>
  json<Record<string, string>>({ headerName: 'X-XSRF-TOKEN', token: 'csrf-from-endpoint' }),
);

/** What a signed-in page reads around its subject: the CSRF token, who is signed in, members and queues. */
export function signedInHandlers(me: Me = ME, members: Member[] = MEMBERS, queues: Queue[] = QUEUES) {
  return [
    csrfHandler,
    http.get('/api/me', () => json<Me>(me)),
    http.get('/api/members', () => json<Member[]>(members)),
    http.get('/api/queues', () => json<Queue[]>(queues)),
    // The header's bell: an empty inbox unless the test installs one (installFakeInbox).
    ...fakeInbox().handlers,
  ];
}

/** Every request a test's server saw, for asserting what reached "the server". */
export interface SeenRequest {
  method: string;
  path: string;
  search: string;
  body: unknown;
  headers: Headers;
}

async function describeRequest(request: Request): Promise<SeenRequest> {
  const url = new URL(request.url);
  let body: unknown = undefined;
  if (request.method !== 'GET') {
    if (request.headers.get('Content-Type')?.startsWith('multipart/form-data')) {
      const form = await request.clone().formData();
      body = Object.fromEntries(
        [...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]),
      );
    } else {
      const text = await request.clone().text();
      body = text ? (JSON.parse(text) as unknown) : undefined;
    }
  }
  return { method: request.method, path: url.pathname, search: url.search, body, headers: request.headers };
}

/**
 * Records every `/api` request, then lets the other handlers answer. `server.use` puts later handlers
 * first, so call it after installing the handlers it should see; `mutations()` are the requests that
 * changed something.
 */
export function recordRequests() {
  const requests: SeenRequest[] = [];
  server.use(
    http.all('/api/*', async ({ request }) => {
      requests.push(await describeRequest(request));
      return undefined; // fall through to the handlers that answer
    }),
  );
  return { requests, mutations: () => requests.filter((r) => r.method !== 'GET') };
}
