// The settings pages' entry (a lazily loaded route): not part of the first page's bundle.
export { ProfileSettings, AVATAR_COLOURS } from './components/profile-settings';
export { SessionsSettings } from './components/sessions-settings';
export { TokensSettings } from './components/tokens-settings';
export { OrganisationSettings } from './components/organisation-settings';
export { AcceptInvitation } from './components/accept-invitation';
export { RequestPasswordReset, ChooseNewPassword } from './components/password-reset';
export { ConfirmEmail } from './components/confirm-email';
