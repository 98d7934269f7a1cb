// The settings page's entry (a lazily loaded route): not part of the first page's bundle.
export { MembersSettings } from './components/members-settings';
export type { DirectoryMember } from './types';
