import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { OutboxEmail, OutboxPage, OutboxStatus } from '../types';

/** The statuses the outbox page lists: what needs an admin's eye. Sent and cancelled e-mails leave the page. */
export const OUTBOX_PAGE_STATUSES = ['failed', 'pending'] as const satisfies readonly OutboxStatus[];
type ListedStatus = (typeof OUTBOX_PAGE_STATUSES)[number];

/** How often the page looks again while e-mails wait (a retried one goes out within the sender's interval). */
export const OUTBOX_REFRESH_MS = 5_000;

export const outboxKeys = {
  all: ['email-outbox'] as const,
  list: (status: ListedStatus) => [...outboxKeys.all, 'list', status] as const,
};

const path = (id: string, action: 'retry' | 'discard') => `/api/admin/email-outbox/${encodeURIComponent(id)}/${action}`;

export const fetchOutbox = (status: ListedStatus, signal?: AbortSignal) =>
  api.get<OutboxPage>('/api/admin/email-outbox', { query: { status, limit: 200 }, signal });
export const retryEmail = (id: string) => api.post<OutboxEmail>(path(id, 'retry'));
export const discardEmail = (id: string) => api.post<OutboxEmail>(path(id, 'discard'));

export const outboxQueryOptions = (status: ListedStatus) =>
  queryOptions({ queryKey: outboxKeys.list(status), queryFn: ({ signal }) => fetchOutbox(status, signal) });

/** Will the page's lists change by themselves? Only while e-mails wait and a sender sends (an SMTP server is set). */
const sending = (page: OutboxPage | undefined) =>
  (page?.items.length ?? 0) > 0 && page?.delivery.smtpConfigured === true;

/**
 * Both lists of the page. While e-mails wait to be sent, both are read again every few seconds: a retried e-mail
 * leaves "Waiting" once the sender has sent it, or moves to "Failed" when it fails for good. Without an SMTP server
 * nothing moves, so nothing is read again.
 */
export function useOutboxLists() {
  const pending = useQuery({
    ...outboxQueryOptions('pending'),
    refetchInterval: (query) => (sending(query.state.data) ? OUTBOX_REFRESH_MS : false),
  });
  const waiting = sending(pending.data);
  const failed = useQuery({ ...outboxQueryOptions('failed'), refetchInterval: waiting ? OUTBOX_REFRESH_MS : false });
  return { failed, pending };
}

/** Retry or discard one e-mail; either way the lists are read again (the server's word, not a guess). */
function useOutboxMutation(mutationFn: (id: string) => Promise<OutboxEmail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}

export const useRetryEmail = () => useOutboxMutation(retryEmail);
export const useDiscardEmail = () => useOutboxMutation(discardEmail);
