import { queryOptions, useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Credentials, Me, SignUp } from '../types';

export const identityKeys = {
  all: ['identity'] as const,
  me: () => [...identityKeys.all, 'me'] as const,
  acceptInvitation: () => [...identityKeys.all, 'accept-invitation'] as const,
};

/**
 * How often an open tab asks whether its session still exists, so a session ended elsewhere (password
 * change, deactivation, "sign out all others") shows within seconds. The app sets it as the `me`
 * query's default (tests leave it out: they end sessions on purpose).
 */
export const SESSION_CHECK_MS = 5_000;

export const fetchMe = (signal?: AbortSignal) => api.get<Me>('/api/me', { signal });
export const login = (credentials: Credentials) => api.post<Me>('/api/auth/login', credentials);
/**
 * Sign-up answers alike whether or not the address has an account (202, no session), so the app signs in
 * right after: that works for the new account; for an address that had one it fails (its owner got an e-mail).
 */
export const signUp = async (body: SignUp) => {
  await api.post<undefined>('/api/signup', body);
  return login({ email: body.email, password: body.password });
};
export const logout = () => api.post<undefined>('/api/auth/logout');
export const switchOrganisation = (organisationId: string) =>
  api.put<Me>('/api/me/current-organisation', { organisationId });
export const acceptInvitation = (organisationId: string) =>
  api.post<Me>(`/api/me/invitations/${encodeURIComponent(organisationId)}/accept`);

export const meQueryOptions = () =>
  queryOptions({
    queryKey: identityKeys.me(),
    queryFn: ({ signal }) => fetchMe(signal),
    // "Not signed in" is an answer here, not an expired session.
    meta: { skipAuthRedirect: true },
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { skipAuthRedirect: true },
    onSuccess: (me) => {
      // A new session: drop whatever the previous one had cached, keep who we are now.
      queryClient.clear();
      queryClient.setQueryData(identityKeys.me(), me);
    },
  });
}

/** Creates an organisation with its first admin, then signs that person in. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    meta: { skipAuthRedirect: true },
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(identityKeys.me(), me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { skipAuthRedirect: true },
    onSettled: () => queryClient.clear(),
  });
}

export function useSwitchOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganisation,
    onSuccess: (me) => {
      // Everything else belonged to the previous organisation.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== identityKeys.all[0] });
      queryClient.setQueryData(identityKeys.me(), me);
    },
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: identityKeys.acceptInvitation(),
    mutationFn: acceptInvitation,
    onSuccess: (me) => {
      const before = queryClient.getQueryData(meQueryOptions().queryKey);
      if (before && before.currentOrganisation.id !== me.currentOrganisation.id) {
        // Joining should not move the session, but if the server did, the cache belongs to the old one.
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== identityKeys.all[0] });
      }
      queryClient.setQueryData(identityKeys.me(), me);
    },
    onError: (problem) => {
      // 404: the invitation is gone (withdrawn by an admin, or already used); 410 invitation-expired: it expired
      // with its e-mailed link. Either way the list should say so at once.
      if (problem.status === 404 || problem.status === 410) {
        void queryClient.invalidateQueries({ queryKey: identityKeys.me() });
      }
    },
  });
}

/** Organisation ids whose invitation is being accepted right now, wherever it was clicked. */
export function useAcceptingInvitations(): string[] {
  return useMutationState({
    filters: { mutationKey: identityKeys.acceptInvitation(), status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  });
}
