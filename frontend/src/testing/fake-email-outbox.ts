import { http } from 'msw';
import type { OutboxEmail, OutboxPage } from '@/lib/api-schema';
import { json, recordRequests } from './handlers';
import { problem } from './problems';
import { server } from './server';

let sequence = 0;

/** A notification e-mail to Bob given up after three attempts because the SMTP server refused connections. */
export function anOutboxEmail(overrides: Partial<OutboxEmail> = {}): OutboxEmail {
  sequence += 1;
  return {
    id: `e-${sequence}`,
    kind: 'notification',
    recipientId: 'u-bob',
    recipientName: 'Bob Builder',
    toAddress: 'bob@example.com',
    subject: '[#1] VPN drops every hour — Alice assigned it to you',
    status: 'failed',
    attempts: 3,
    lastError:
      'Could not connect to the mail server smtp.example.com:25: the connection was refused. Is it running, and are the host and port right?',
    createdAt: '2026-11-26T09:00:00Z',
    nextAttemptAt: '2026-11-26T09:30:00Z',
    sentAt: null,
    retryable: true,
    discardable: true,
    ...overrides,
  };
}

export interface FakeOutboxOptions {
  /** What "retry" answers instead of succeeding (a problem the server may give). */
  refuseRetry?: Parameters<typeof problem>;
  /** Whether the server has an SMTP server configured (default: yes); without one nothing is sent. */
  smtpConfigured?: boolean;
}

/**
 * The organisation's outbox as the server keeps it (docs/api.md, E-mail): listed by status, with whether an SMTP
 * server is configured; retry makes an e-mail pending and due now, discard cancels it.
 */
export function installFakeOutbox(emails: OutboxEmail[], options: FakeOutboxOptions = {}) {
  const outbox = new Map(emails.map((email) => [email.id, structuredClone(email)]));
  const now = () => new Date().toISOString();
  server.use(
    http.get('/api/admin/email-outbox', ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      return json<OutboxPage>({
        items: [...outbox.values()].filter((e) => !status || e.status === status),
        delivery: { smtpConfigured: options.smtpConfigured ?? true },
      });
    }),
    http.post('/api/admin/email-outbox/:id/retry', ({ params }) => {
      const email = outbox.get(String(params.id));
      if (!email) return problem('notFound');
      if (options.refuseRetry) return problem(...options.refuseRetry);
      Object.assign(email, { status: 'pending', nextAttemptAt: now(), retryable: true, discardable: true });
      return json<OutboxEmail>(email);
    }),
    http.post('/api/admin/email-outbox/:id/discard', ({ params }) => {
      const email = outbox.get(String(params.id));
      if (!email) return problem('notFound');
      Object.assign(email, {
        status: 'cancelled',
        lastError: 'Discarded by an admin.',
        retryable: false,
        discardable: false,
      });
      return json<OutboxEmail>(email);
    }),
  );
  const { requests } = recordRequests();
  return {
    requests,
    email: (id: string) => outbox.get(id),
  };
}
