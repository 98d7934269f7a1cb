export type { ApiToken, Invitation, Me, Membership, Organisation, Role, SignInSession, User } from './types';
export { SESSION_CHECK_MS, identityKeys, meQueryOptions, useMe } from './api/identity-api';
export { accountKeys } from './api/account-api';
export { LoginForm } from './components/login-form';
export { SignUpForm } from './components/signup-form';
export { UserMenu } from './components/user-menu';
export { OrganisationSwitcher } from './components/organisation-switcher';
export { PendingInvitations } from './components/pending-invitations';
