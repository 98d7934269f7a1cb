import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/server';
import { api } from './api-client';
import { ApiProblem } from './api-problem';

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  it('tries a change once more when the CSRF token was refused (tokens are bound to the session)', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.post('/api/tickets', ({ request }) => {
        sent.push(request.headers.get('X-XSRF-TOKEN'));
        if (sent.length === 1) {
          // the refusal sets a token of this session
          document.cookie = 'XSRF-TOKEN=fresh';
          return HttpResponse.json(
            { type: 'https://worktrackr.io/problems/csrf', title: 'CSRF token missing or invalid', status: 403 },
            { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({ id: 't-9' }, { status: 201 });
      }),
    );
    document.cookie = 'XSRF-TOKEN=stale';

    await expect(api.post('/api/tickets', { title: 'x' })).resolves.toEqual({ id: 't-9' });
    expect(sent).toEqual(['stale', 'fresh']);
  });

  it('gives up after one retry when the CSRF token is refused again', async () => {
    let calls = 0;
    server.use(
      http.post('/api/tickets', () => {
        calls += 1;
        return HttpResponse.json(
          { type: 'https://worktrackr.io/problems/csrf', title: 'CSRF token missing or invalid', status: 403 },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    document.cookie = 'XSRF-TOKEN=stale';

    const problem = await caught(api.post('/api/tickets', { title: 'x' }));
    expect(problem.status).toBe(403);
    expect(calls).toBe(2);
  });

  it('turns problem+json into a typed ApiProblem with field errors and extension members', async () => {
    const current = { id: 't-1', number: 12, status: 'pending', version: 4 };
    server.use(
      http.patch('/api/tickets/t-1', () =>
        HttpResponse.json(
          {
            type: 'https://worktrackr.io/problems/stale-ticket',
            title: 'The ticket changed',
            status: 409,
            detail: 'Someone else changed it.',
            instance: '/api/tickets/t-1',
            errors: [{ field: 'version', message: 'is stale' }],
            ticket: current,
            allowed: ['open'],
            items: [{ index: 0 }],
            errorId: 'e-1',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    document.cookie = 'XSRF-TOKEN=abc';

    const problem = await caught(api.patch('/api/tickets/t-1', { version: 3 }));

    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      status: 409,
      type: 'https://worktrackr.io/problems/stale-ticket',
      title: 'The ticket changed',
      detail: 'Someone else changed it.',
      instance: '/api/tickets/t-1',
      errors: [{ field: 'version', message: 'is stale' }],
    });
    expect(problem.ticket).toEqual(current);
    expect(problem.allowed).toEqual(['open']);
    expect(problem.items).toEqual([{ index: 0 }]);
    expect(problem.errorId).toBe('e-1');
    expect(problem.fieldError('version')).toBe('is stale');
    expect(problem.humanMessage).toBe('Someone else changed it.');
  });

  it('makes a problem of answers that are not problem+json, and of network failures', async () => {
    server.use(
      http.get('/api/html', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })),
      http.get('/api/down', () => HttpResponse.error()),
    );
    const gateway = await caught(api.get('/api/html'));
    expect(gateway).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });

    const down = await caught(api.get('/api/down'));
    expect(down.status).toBe(0);
    expect(down.humanMessage).toMatch(/could not be reached/);
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on mutating requests only, with the session cookie', async () => {
    const seen: { method: string; token: string | null; credentials: RequestCredentials }[] = [];
    server.use(
      http.all('/api/things', ({ request }) => {
        seen.push({
          method: request.method,
          token: request.headers.get('X-XSRF-TOKEN'),
          credentials: request.credentials,
        });
        return request.method === 'DELETE' ? new HttpResponse(null, { status: 204 }) : HttpResponse.json({ ok: true });
      }),
    );
    document.cookie = 'XSRF-TOKEN=token-1';

    await api.get('/api/things');
    await api.post('/api/things', { a: 1 });
    document.cookie = 'XSRF-TOKEN=token-2'; // it changes at sign-in: read before every request
    await api.put('/api/things', {});
    await api.patch('/api/things', {});
    expect(await api.delete('/api/things')).toBeUndefined();

    expect(seen.map((s) => [s.method, s.token])).toEqual([
      ['GET', null],
      ['POST', 'token-1'],
      ['PUT', 'token-2'],
      ['PATCH', 'token-2'],
      ['DELETE', 'token-2'],
    ]);
    expect(seen.every((s) => s.credentials === 'same-origin')).toBe(true);
  });

  it('asks GET /api/auth/csrf for a token when the cookie is missing', async () => {
    const order: string[] = [];
    server.use(
      http.get('/api/auth/csrf', () => {
        order.push('csrf');
        return HttpResponse.json({ headerName: 'X-XSRF-TOKEN', token: 'fresh-token' });
      }),
      http.post('/api/auth/login', ({ request }) => {
        order.push(`login:${request.headers.get('X-XSRF-TOKEN') ?? 'none'}`);
        return HttpResponse.json({ ok: true });
      }),
    );

    await api.post('/api/auth/login', { email: 'a@b.c', password: 'x' });

    expect(order).toEqual(['csrf', 'login:fresh-token']);
  });

  it('serialises query parameters, skipping empty ones', async () => {
    let url = '';
    server.use(
      http.get('/api/tickets', ({ request }) => {
        url = request.url;
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    await api.get('/api/tickets', {
      query: { view: 'open', q: '', cursor: null, status: ['open', 'pending'], limit: 50 },
    });
    expect(new URL(url).search).toBe('?view=open&status=open%2Cpending&limit=50');
  });

  it('uploads multipart with the CSRF header, reports progress, and turns problem+json into ApiProblem', async () => {
    const seen: { token: string | null; name: string | undefined; commentId: unknown }[] = [];
    server.use(
      http.post('/api/tickets/t-1/attachments', async ({ request }) => {
        const form = await request.formData();
        // Node's File, not jsdom's: look at the name, not the class.
        const file = form.get('file') as { name?: string } | null;
        seen.push({ token: request.headers.get('X-XSRF-TOKEN'), name: file?.name, commentId: form.get('commentId') });
        if (file?.name === 'huge.bin') {
          return HttpResponse.json(
            {
              type: 'https://worktrackr.io/problems/payload-too-large',
              title: 'Payload too large',
              status: 413,
              detail: 'A file may be at most 25 MB.',
              maxFileSize: 26214400,
            },
            { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({ id: 'a-1' }, { status: 201 });
      }),
    );
    document.cookie = 'XSRF-TOKEN=token-9';
    const progress: number[] = [];
    const form = new FormData();
    form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    form.append('commentId', 'c-1');

    const created = await api.upload<{ id: string }>('/api/tickets/t-1/attachments', form, (p) =>
      progress.push(p.loaded),
    );
    expect(created).toEqual({ id: 'a-1' });
    expect(progress.length).toBeGreaterThan(0);

    const tooBig = new FormData();
    tooBig.append('file', new File(['x'], 'huge.bin'));
    const problem = await caught(api.upload('/api/tickets/t-1/attachments', tooBig));
    expect(problem).toMatchObject({ status: 413, detail: 'A file may be at most 25 MB.' });
    expect(problem.properties.maxFileSize).toBe(26214400);

    expect(seen).toEqual([
      { token: 'token-9', name: 'hello.txt', commentId: 'c-1' },
      { token: 'token-9', name: 'huge.bin', commentId: null },
    ]);
  });
});
