import type {
  Attachment,
  Comment,
  Me,
  Member,
  Person,
  Queue,
  SlaClock,
  SlaExplanation,
  Ticket,
  TicketSla,
  TicketStatus,
} from '@/lib/api-schema';

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
  emailVerified: true,
  pendingEmail: null,
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
    descriptionHtml: '<p>It makes a grinding noise.</p>',
    status,
    priority: 'medium',
    queue: { id: 'q-general', name: 'General' },
    assignee: null,
    createdBy: BOB,
    allowedStatuses: allowedFrom(status),
    editable: status !== 'closed',
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
    automation: null,
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

// ---------------------------------------------------------------------------------------------------
// SLA: clocks in each state, relative to a fixed "now" the test sets with fake timers

export const SLA_NOW = Date.parse('2026-11-26T10:00:00Z');
const minutes = (n: number) => new Date(SLA_NOW + n * 60_000).toISOString();

/** A clock as the server would send it (running, due in 4 h, at risk in 3 h unless overridden). */
export function aClock(overrides: Partial<SlaClock> = {}): SlaClock {
  return {
    state: 'running',
    dueAt: minutes(240),
    atRiskAt: minutes(180),
    breachedAt: null,
    metAt: null,
    usedBusinessMinutes: 60,
    leftBusinessMinutes: 240,
    ...overrides,
  };
}

/** The states a ticket's SLA can be in at SLA_NOW, as `Ticket.sla`. */
export const SLA = {
  /** Green: first response due in 2 h 10 m, nothing at risk. */
  onTrack: (): TicketSla => ({
    policy: { id: 'p-default', name: 'Default' },
    firstResponse: aClock({ dueAt: minutes(130), atRiskAt: minutes(100), leftBusinessMinutes: 130 }),
    resolution: aClock({ dueAt: minutes(600), atRiskAt: minutes(500), leftBusinessMinutes: 600 }),
  }),
  /** Amber: first response due in 10 m, at risk since 5 m ago. */
  atRisk: (): TicketSla => ({
    policy: { id: 'p-default', name: 'Default' },
    firstResponse: aClock({ dueAt: minutes(10), atRiskAt: minutes(-5), leftBusinessMinutes: 10 }),
    resolution: aClock({ dueAt: minutes(600), atRiskAt: minutes(500), leftBusinessMinutes: 600 }),
  }),
  /** Red: first response was due 35 m ago. */
  breached: (): TicketSla => ({
    policy: { id: 'p-default', name: 'Default' },
    firstResponse: aClock({
      state: 'breached',
      dueAt: minutes(-35),
      atRiskAt: minutes(-50),
      breachedAt: minutes(-35),
      leftBusinessMinutes: -35,
    }),
    resolution: aClock({ dueAt: minutes(600), atRiskAt: minutes(500), leftBusinessMinutes: 600 }),
  }),
  /** Grey: pending, both clocks stand still. */
  paused: (): TicketSla => ({
    policy: { id: 'p-default', name: 'Default' },
    firstResponse: aClock({ state: 'paused', dueAt: null, atRiskAt: null, leftBusinessMinutes: 70 }),
    resolution: aClock({ state: 'paused', dueAt: null, atRiskAt: null, leftBusinessMinutes: 400 }),
  }),
  /** A check mark: both met in time. */
  met: (): TicketSla => ({
    policy: { id: 'p-default', name: 'Default' },
    firstResponse: aClock({ state: 'met', metAt: minutes(-300), leftBusinessMinutes: 20 }),
    resolution: aClock({ state: 'met', metAt: minutes(-60), leftBusinessMinutes: 100 }),
  }),
};

/** `GET /api/tickets/{id}/sla` for a ticket whose SLA is `sla`, with a timeline of each segment kind. */
export function anSlaExplanation(ticketId: string, sla: TicketSla): SlaExplanation {
  const segments = [
    { kind: 'running', from: minutes(-1200), to: minutes(-1080), businessMinutes: 120 },
    { kind: 'outside_hours', from: minutes(-1080), to: minutes(-600), businessMinutes: 0 },
    { kind: 'holiday', from: minutes(-600), to: minutes(-300), businessMinutes: 0 },
    { kind: 'paused_pending', from: minutes(-300), to: minutes(-120), businessMinutes: 0 },
    { kind: 'running', from: minutes(-120), to: minutes(130), businessMinutes: 250 },
  ];
  return {
    ticketId,
    policy: sla.policy,
    calendarName: 'Business hours',
    timeZone: 'UTC',
    clocks: [
      {
        kind: 'first_response',
        clock: sla.firstResponse,
        targetBusinessMinutes: 480,
        atRiskThresholdBusinessMinutes: 120,
        startedAt: minutes(-1200),
        leftCalendarMinutes: 130,
        segments,
      },
      {
        kind: 'resolution',
        clock: sla.resolution,
        targetBusinessMinutes: 1440,
        atRiskThresholdBusinessMinutes: 360,
        startedAt: minutes(-1200),
        leftCalendarMinutes: 600,
        segments: segments.slice(0, 2),
      },
    ],
  };
}
