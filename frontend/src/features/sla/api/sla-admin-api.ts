import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SlaCalendar, SlaCalendarInput, SlaDuePreview, SlaPolicy, SlaPolicyInput, SlaRecompute } from '../types';

export const slaAdminKeys = {
  all: ['sla-admin'] as const,
  policies: () => [...slaAdminKeys.all, 'policies'] as const,
  calendars: () => [...slaAdminKeys.all, 'calendars'] as const,
  recompute: () => [...slaAdminKeys.all, 'recompute'] as const,
  dueTimes: (calendarId: string, minutes: readonly number[]) =>
    [...slaAdminKeys.all, 'due-times', calendarId, minutes] as const,
};

const path = (id: string) => encodeURIComponent(id);

export const fetchSlaPolicies = (signal?: AbortSignal) => api.get<SlaPolicy[]>('/api/sla/policies', { signal });
export const fetchSlaCalendars = (signal?: AbortSignal) => api.get<SlaCalendar[]>('/api/sla/calendars', { signal });
export const fetchSlaRecompute = (signal?: AbortSignal) => api.get<SlaRecompute>('/api/sla/recompute', { signal });

export const fetchSlaDueTimes = (calendarId: string, minutes: readonly number[], signal?: AbortSignal) =>
  api.get<SlaDuePreview>(`/api/sla/calendars/${path(calendarId)}/due-times`, {
    query: { minutes: minutes.map(String) },
    signal,
  });

/**
 * When a ticket created now would be due for each target, on this calendar — computed by the server, the one home
 * of business-time arithmetic. Asked again every minute (now moves); the last answer stays while a new one loads.
 */
export const useSlaDueTimes = (calendarId: string | null, minutes: readonly number[]) =>
  useQuery({
    queryKey: slaAdminKeys.dueTimes(calendarId ?? '', minutes),
    queryFn: ({ signal }) => fetchSlaDueTimes(calendarId ?? '', minutes, signal),
    enabled: calendarId !== null && minutes.length > 0,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });

export const slaPoliciesQueryOptions = () =>
  queryOptions({
    queryKey: slaAdminKeys.policies(),
    queryFn: ({ signal }) => fetchSlaPolicies(signal),
    select: (policies) => [...policies].sort((a, b) => a.position - b.position),
  });
export const slaCalendarsQueryOptions = () =>
  queryOptions({ queryKey: slaAdminKeys.calendars(), queryFn: ({ signal }) => fetchSlaCalendars(signal) });

export const useSlaPolicies = () => useQuery(slaPoliciesQueryOptions());
export const useSlaCalendars = () => useQuery(slaCalendarsQueryOptions());

/** The background recompute after a change: asked again every 2 s while tickets are left. */
export const useSlaRecompute = () =>
  useQuery({
    queryKey: slaAdminKeys.recompute(),
    queryFn: ({ signal }) => fetchSlaRecompute(signal),
    refetchInterval: (query) => ((query.state.data?.ticketsLeft ?? 0) > 0 ? 2_000 : false),
  });

function useSlaMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // a change moves open tickets' due times: their badges, and the recompute's progress
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: slaAdminKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['tickets'] }),
      ]),
  });
}

export const useCreateSlaPolicy = () =>
  useSlaMutation((policy: SlaPolicyInput) => api.post<SlaPolicy>('/api/sla/policies', policy));
export const useChangeSlaPolicy = () =>
  useSlaMutation(({ id, policy }: { id: string; policy: SlaPolicyInput }) =>
    api.put<SlaPolicy>(`/api/sla/policies/${path(id)}`, policy),
  );
export const useDeleteSlaPolicy = () => useSlaMutation((id: string) => api.delete(`/api/sla/policies/${path(id)}`));
export const useReorderSlaPolicies = () =>
  useSlaMutation((ids: string[]) => api.put<SlaPolicy[]>('/api/sla/policies/order', { ids }));

export const useCreateSlaCalendar = () =>
  useSlaMutation((calendar: SlaCalendarInput) => api.post<SlaCalendar>('/api/sla/calendars', calendar));
export const useChangeSlaCalendar = () =>
  useSlaMutation(({ id, calendar }: { id: string; calendar: SlaCalendarInput }) =>
    api.put<SlaCalendar>(`/api/sla/calendars/${path(id)}`, calendar),
  );
export const useDeleteSlaCalendar = () => useSlaMutation((id: string) => api.delete(`/api/sla/calendars/${path(id)}`));
