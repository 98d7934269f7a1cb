import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  MarkAllRead,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesChange,
  UnreadCount,
} from '../types';

/** How many entries the panel shows (the newest; "Mark all read" marks up to the newest of them). */
export const PANEL_LIMIT = 30;

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  preferences: () => ['notification-preferences'] as const,
};

export const fetchUnreadCount = (signal?: AbortSignal) =>
  api.get<UnreadCount>('/api/notifications/unread-count', { signal });
export const fetchNotifications = (signal?: AbortSignal) =>
  api.get<NotificationPage>('/api/notifications', { query: { limit: PANEL_LIMIT }, signal });
export const markRead = (id: string) => api.post(`/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = (request: MarkAllRead) => api.post('/api/notifications/read-all', request);
export const fetchPreferences = (signal?: AbortSignal) =>
  api.get<NotificationPreferences>('/api/me/notification-preferences', { signal });
export const changePreferences = (change: NotificationPreferencesChange) =>
  api.put<NotificationPreferences>('/api/me/notification-preferences', change);

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    // Cheap, and what the bell shows: fresh on every focus and every navigation (see the bell).
    staleTime: 0,
    refetchOnWindowFocus: 'always',
  });
export const useUnreadCount = () => useQuery(unreadCountQueryOptions());

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => fetchNotifications(signal),
    staleTime: 0,
  });
export const useNotifications = (enabled: boolean) => useQuery({ ...notificationsQueryOptions(), enabled });

/** Marks read, then refreshes the inbox and the count (whatever the answer was). */
function useInboxMutation<V>(mutationFn: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export const useMarkRead = () => useInboxMutation((id: string) => markRead(id));
export const useMarkAllRead = () => useInboxMutation((request: MarkAllRead) => markAllRead(request));

export const preferencesQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => fetchPreferences(signal) });
export const usePreferences = () => useQuery(preferencesQueryOptions());

export function useChangePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.preferences(), saved);
      // In-app switches change what the inbox (and its count) holds.
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
