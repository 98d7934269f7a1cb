import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  DirectoryMember,
  DirectoryPage,
  DirectoryQuery,
  IssuedInvitation,
  MemberChange,
  NewInvitation,
  SentInvitation,
} from '../types';
import { memberKeys } from './members-api';

export const DIRECTORY_PAGE_SIZE = 50;

export const directoryKeys = {
  all: [...memberKeys.all, 'directory'] as const,
  list: (query: DirectoryQuery) => [...directoryKeys.all, query] as const,
  invitations: () => [...memberKeys.all, 'invitations'] as const,
};

export const fetchDirectory = (query: DirectoryQuery, cursor: string | null, signal?: AbortSignal) =>
  api.get<DirectoryPage>('/api/members/directory', {
    query: { q: query.q, status: query.status, cursor, limit: DIRECTORY_PAGE_SIZE },
    signal,
  });
export const changeMember = (id: string, change: MemberChange) =>
  api.patch<DirectoryMember>(`/api/members/${encodeURIComponent(id)}`, change);
export const fetchInvitations = (signal?: AbortSignal) => api.get<SentInvitation[]>('/api/invitations', { signal });
export const createInvitation = (invitation: NewInvitation) =>
  api.post<IssuedInvitation>('/api/invitations', invitation);
export const withdrawInvitation = (id: string) => api.delete(`/api/invitations/${encodeURIComponent(id)}`);
/** Withdraws a directory row's invitation by the person, open or expired (an expired one has no open link). */
export const withdrawMemberInvitation = (memberId: string) =>
  api.delete(`/api/members/${encodeURIComponent(memberId)}/invitation`);

export const directoryQueryOptions = (query: DirectoryQuery) =>
  infiniteQueryOptions({
    queryKey: directoryKeys.list(query),
    queryFn: ({ pageParam, signal }) => fetchDirectory(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Typing a search keeps the rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export const useDirectory = (query: DirectoryQuery) => useInfiniteQuery(directoryQueryOptions(query));

export interface MemberChangeVariables {
  member: DirectoryMember;
  change: MemberChange;
}

/** A role or status change; on success the directory and the assignee lists refetch. */
export function useChangeMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, change }: MemberChangeVariables) => changeMember(member.id, change),
    meta: { changes: 'members' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export const invitationsQueryOptions = () =>
  queryOptions({ queryKey: directoryKeys.invitations(), queryFn: ({ signal }) => fetchInvitations(signal) });
export const useSentInvitations = () => useQuery(invitationsQueryOptions());

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: directoryKeys.invitations() });
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all });
    },
  });
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: directoryKeys.invitations() });
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all });
    },
  });
}

/** Withdraws the invitation of a directory row (open or expired); the directory and the open links refetch. */
export function useWithdrawMemberInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: DirectoryMember) => withdrawMemberInvitation(member.id),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: directoryKeys.invitations() });
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all });
    },
  });
}
