// The wire types come from the OpenAPI document (src/lib/api-schema.ts).
export type { Credentials, Invitation, Me, Membership, Person as User, Role, SignUp } from '@/lib/api-schema';
