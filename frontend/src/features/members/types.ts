export type {
  DirectoryMember,
  DirectoryPage,
  DirectoryQuery,
  IssuedInvitation,
  Member,
  MemberChange,
  MemberStatus,
  NewInvitation,
  Role,
  SentInvitation,
} from '@/lib/api-schema';
export { MEMBER_STATUSES, ROLES } from '@/lib/api-schema';
