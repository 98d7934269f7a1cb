import type { Attachment, Comment, Me, Member, Person, Queue, Ticket, TicketStatus } from '@/lib/api-schema';

// Everything here is typed with the contract's types (src/lib/api-schema.ts, from docs/openapi.json).

export const ALICE: Person = { id: 'u-alice', name: 'Alice Agent', email: 'alice@demo.test' };
export const BOB: Person = { id: 'u-bob', name: 'Bob Builder', email: 'bob@demo.test' };
export const ORG = { id: 'org-1', name: 'Demo Org' };

export const QUEUES: Queue[] = [
  { id: 'q-general', name: 'General', isDefault: true, archived: false, activeCount: 0, position: 0, mine: false },
  { id: 'q-billing', name: 'Billing', isDefault: false, archived: false, activeCount: 0, position: 1, mine: false },
  { id: 'q-old', name: 'Old stuff', isDefault: false, archived: true, activeCount: 0, position: 2, mine: false },
];

export const MEMBERS: Member[] = [
  { ...ALICE, role: 'admin' as const },
  { ...BOB, role: 'agent' as const },
];

export const ME: Me = {
  user: ALICE,
  memberships: [{ organisationId: ORG.id, organisationName: ORG.name, role: 'admin' as const }],
  currentOrganisation: { ...ORG, role: 'admin' as const },
  invitations: [],
  timeZone: 'UTC',
  colour: null,
};

const LIFECYCLE: Record<TicketStatus, TicketStatus[]> = {
  open: ['in_progress', 'pending', 'resolved', 'closed'],
  in_progress: ['open', 'pending', 'resolved', 'closed'],
  pending: ['open', 'in_progress', 'resolved', 'closed'],
  resolved: ['open', 'in_progress', 'closed'],
  closed: ['open'],
};

export const allowedFrom = (status: TicketStatus) => [...LIFECYCLE[status]];

let sequence = 0;

/** A ticket as the server would send it; override what the test is about. */
export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  sequence += 1;
  const number = overrides.number ?? sequence;
  const status = overrides.status ?? 'open';
  return {
    id: `t-${number}`,
    number,
    title: `Printer on floor ${number} is jammed`,
    description: 'It makes a grinding noise.',
    status,
    priority: 'medium',
    queue: { id: 'q-general', name: 'General' },
    assignee: null,
    createdBy: BOB,
    allowedStatuses: allowedFrom(status),
    version: 3,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    resolvedAt: null,
    closedAt: null,
    firstRespondedAt: null,
    sla: null,
    ...overrides,
  };
}

/** A comment as the server would send it (by Bob, public, on #12 unless overridden). */
export function aComment(overrides: Partial<Comment> = {}): Comment {
  sequence += 1;
  return {
    id: `c-${sequence}`,
    ticketId: 't-12',
    author: BOB,
    visibility: 'public',
    body: 'Have you tried turning it off and on again?',
    html: '<p>Have you tried turning it off and on again?</p>',
    mentions: [],
    edited: false,
    editedAt: null,
    redacted: false,
    redactedAt: null,
    redactedBy: null,
    createdAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}

/** A file as the server would describe it (a PDF on #12 by Bob unless overridden). */
export function anAttachment(overrides: Partial<Attachment> = {}): Attachment {
  sequence += 1;
  return {
    id: `a-${sequence}`,
    ticketId: 't-12',
    commentId: null,
    filename: 'invoice.pdf',
    size: 12_345,
    sha256: '0'.repeat(64),
    contentType: 'application/pdf',
    previewable: false,
    uploadedBy: BOB,
    createdAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}
