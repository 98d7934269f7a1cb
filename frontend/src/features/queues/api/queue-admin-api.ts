import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AdminQueue, NewQueue, QueueChanges, QueueMember } from '../types';
import { queueKeys } from './queues-api';

export const queueAdminKeys = {
  members: (id: string) => [...queueKeys.all, 'members', id] as const,
};

const path = (id: string) => encodeURIComponent(id);

export const fetchAdminQueues = (signal?: AbortSignal) => api.get<AdminQueue[]>('/api/queues', { signal });
export const createQueue = (queue: NewQueue) => api.post<AdminQueue>('/api/queues', queue);
export const changeQueue = (id: string, changes: QueueChanges) =>
  api.patch<AdminQueue>(`/api/queues/${path(id)}`, changes);
export const reorderQueues = (queueIds: string[]) => api.put<AdminQueue[]>('/api/queues/order', { queueIds });
export const fetchQueueMembers = (id: string, signal?: AbortSignal) =>
  api.get<QueueMember[]>(`/api/queues/${path(id)}/members`, { signal });
export const setQueueMembers = (id: string, userIds: string[]) =>
  api.put<QueueMember[]>(`/api/queues/${path(id)}/members`, { userIds });

/** The queues in sidebar order (the server's `position`). */
export const adminQueuesQueryOptions = () =>
  queryOptions({
    queryKey: queueKeys.lists(),
    queryFn: ({ signal }) => fetchAdminQueues(signal),
    select: (queues) => [...queues].sort((a, b) => a.position - b.position),
  });
export const useAdminQueues = () => useQuery(adminQueuesQueryOptions());

export function useCreateQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQueue,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

export interface QueueChangeVariables {
  queue: AdminQueue;
  changes: QueueChanges;
}

export function useChangeQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, changes }: QueueChangeVariables) => changeQueue(queue.id, changes),
    meta: { changes: 'queues' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

export function useReorderQueues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderQueues,
    // The server answers with the list in its new order: the settings page and the sidebar follow at once.
    onSuccess: (queues) => queryClient.setQueryData(queueKeys.lists(), queues),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

export const queueMembersQueryOptions = (id: string) =>
  queryOptions({ queryKey: queueAdminKeys.members(id), queryFn: ({ signal }) => fetchQueueMembers(id, signal) });
export const useQueueMembers = (id: string, enabled: boolean) => useQuery({ ...queueMembersQueryOptions(id), enabled });

export function useSetQueueMembers(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) => setQueueMembers(id, userIds),
    onSuccess: (members) => queryClient.setQueryData(queueAdminKeys.members(id), members),
    // "mine" on the queue list may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.lists() }),
  });
}
