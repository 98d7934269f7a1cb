import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ApiToken,
  EmailChange,
  EmailConfirmation,
  EmailConfirmed,
  InvitationAcceptance,
  InvitationPreview,
  IssuedToken,
  Me,
  NewToken,
  Organisation,
  OrganisationChanges,
  PasswordChange,
  PasswordResetConfirmation,
  PasswordResetRequest,
  ProfileChanges,
  SignInSession,
} from '../types';
import { identityKeys } from './identity-api';

/** Self-service (profile, password, sessions, tokens), the organisation's settings, and invitation links. */
export const accountKeys = {
  sessions: () => [...identityKeys.all, 'sessions'] as const,
  tokens: () => [...identityKeys.all, 'tokens'] as const,
  organisation: () => [...identityKeys.all, 'organisation'] as const,
  invitationPreview: (token: string) => [...identityKeys.all, 'invitation-preview', token] as const,
};

const path = (id: string) => encodeURIComponent(id);

export const updateProfile = (changes: ProfileChanges) => api.patch<Me>('/api/me', changes);
export const changePassword = (change: PasswordChange) => api.put<undefined>('/api/me/password', change);
export const fetchSessions = (signal?: AbortSignal) => api.get<SignInSession[]>('/api/me/sessions', { signal });
export const endSession = (id: string) => api.delete(`/api/me/sessions/${path(id)}`);
export const endOtherSessions = () => api.delete('/api/me/sessions');
export const fetchTokens = (signal?: AbortSignal) => api.get<ApiToken[]>('/api/me/tokens', { signal });
export const createToken = (token: NewToken) => api.post<IssuedToken>('/api/me/tokens', token);
export const revokeToken = (id: string) => api.delete(`/api/me/tokens/${path(id)}`);
export const fetchOrganisation = (signal?: AbortSignal) => api.get<Organisation>('/api/organisation', { signal });
export const updateOrganisation = (changes: OrganisationChanges) =>
  api.patch<Organisation>('/api/organisation', changes);
export const previewInvitation = (token: string, signal?: AbortSignal) =>
  api.post<InvitationPreview>('/api/invitations/preview', { token }, { signal });
export const acceptInvitationLink = (acceptance: InvitationAcceptance) =>
  api.post<Me>('/api/invitations/accept', acceptance);

/** Always answered alike, whether the address has an account or not (the e-mail tells its owner). */
export const requestPasswordReset = (request: PasswordResetRequest) =>
  api.post<undefined>('/api/auth/password-reset', request);
export const confirmPasswordReset = (confirmation: PasswordResetConfirmation) =>
  api.post<undefined>('/api/auth/password-reset/confirm', confirmation);

/** Answered alike whether or not the new address belongs to another account. */
export const requestEmailChange = (change: EmailChange) => api.post<undefined>('/api/me/email', change);
export const resendEmailVerification = () => api.post<undefined>('/api/me/email/verification', {});
export const confirmEmail = (confirmation: EmailConfirmation) =>
  api.post<EmailConfirmed>('/api/auth/email-confirmation', confirmation);

export function useRequestEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestEmailChange,
    // A wrong current password is about the form, not an expired session.
    meta: { skipAuthRedirect: true },
    // `pendingEmail` in "me" now names the new address.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.me() }),
  });
}

export function useResendEmailVerification() {
  return useMutation({ mutationFn: resendEmailVerification });
}

export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmail,
    meta: { skipAuthRedirect: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.me() }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset, meta: { skipAuthRedirect: true } });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset, meta: { skipAuthRedirect: true } });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => queryClient.setQueryData(identityKeys.me(), me),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // Wrong current password is a 401-ish answer about the form, not an expired session.
    meta: { skipAuthRedirect: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

export const sessionsQueryOptions = () =>
  queryOptions({ queryKey: accountKeys.sessions(), queryFn: ({ signal }) => fetchSessions(signal) });
export const useSessions = () => useQuery(sessionsQueryOptions());

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endOtherSessions,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

export const tokensQueryOptions = () =>
  queryOptions({ queryKey: accountKeys.tokens(), queryFn: ({ signal }) => fetchTokens(signal) });
export const useTokens = () => useQuery(tokensQueryOptions());

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens() }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens() }),
  });
}

export const organisationQueryOptions = () =>
  queryOptions({ queryKey: accountKeys.organisation(), queryFn: ({ signal }) => fetchOrganisation(signal) });
export const useOrganisation = () => useQuery(organisationQueryOptions());

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData(accountKeys.organisation(), organisation);
      // The header and the switcher name the organisation.
      void queryClient.invalidateQueries({ queryKey: identityKeys.me() });
    },
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: accountKeys.invitationPreview(token),
    queryFn: ({ signal }) => previewInvitation(token, signal),
    enabled: token !== '',
    meta: { skipAuthRedirect: true },
    staleTime: Infinity,
  });
}

export function useAcceptInvitationLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitationLink,
    meta: { skipAuthRedirect: true },
    onSuccess: (me) => {
      // Signed in and switched to the new organisation: nothing cached belongs to it.
      queryClient.clear();
      queryClient.setQueryData(identityKeys.me(), me);
    },
  });
}
