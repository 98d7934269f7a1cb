export interface Member {
  /** The user id: what a ticket's `assigneeId` takes. */
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'agent';
}
