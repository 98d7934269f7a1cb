export type Role = 'admin' | 'agent';

export interface User {
  id: string;
  name: string;
  email: string;
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  role: Role;
}

/** An organisation that invited the signed-in person (who already had an account); joins on accept. */
export interface Invitation {
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface Me {
  user: User;
  memberships: Membership[];
  currentOrganisation: { id: string; name: string; role: Role };
  invitations: Invitation[];
}

export interface Credentials {
  email: string;
  password: string;
}

/** A new organisation and its first admin (`POST /api/signup`). */
export interface SignUp {
  organisationName: string;
  name: string;
  email: string;
  password: string;
}
