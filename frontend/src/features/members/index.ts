export type { Member } from './types';
export { memberKeys, membersQueryOptions, useMembers } from './api/members-api';
