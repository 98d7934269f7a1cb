import { listTicketsDefaultSortByView, type components, type paths } from './api-types';

/**
 * The web app's names for the HTTP contract, all derived from the generated `api-types.ts`
 * (`npm run gen:api` from docs/openapi.json). This is the ONE module that reads the generated file:
 * when a regenerated document changes shape, only this file adapts; features import from here.
 *
 * Types are looked up by path and method (not by schema name), so a renamed schema does not matter.
 * Where the document does not yet say a property is required, nullable, or which values it takes,
 * the aliases below say it, in a way that becomes a no-op (or a compile-time check) once it does.
 */

// ---------------------------------------------------------------------------------------------------
// Lookup helpers

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : never;
type Success<R> = R[Extract<keyof R, 200 | 201>];

/** The JSON body a successful call answers with. */
type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? ContentOf<Success<R>> : never;
/** The JSON body a call takes. */
type RequestOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? ContentOf<NonNullable<B>> : never;
/** The query parameters a call takes. */
type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** Every property present, recursively: the server always writes every field of a response. */
type Complete<T> = T extends readonly (infer E)[]
  ? Complete<E>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
    : T;
/** Replaces the types of some properties (for values the document does not name yet). */
type With<T, O extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof O> & O;
/** Properties that may be `null` (already nullable in a complete document: then a no-op). */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** Optional request fields the document marks nullable: the app leaves them out instead of sending null. */
type NonNullableFields<T> = { [K in keyof T]?: Exclude<T[K], null> };

/**
 * A closed set of values: the generated union when the document lists them, else the list's own.
 * `Exhaustive` fails to compile when both exist and disagree.
 */
type ValuesOf<Generated, List extends readonly string[]> =
  string extends NonNullable<Generated> ? List[number] : NonNullable<Generated>;
type Exhaustive<Generated, Values extends string> =
  string extends NonNullable<Generated>
    ? true
    : [Exclude<NonNullable<Generated>, Values>, Exclude<Values, NonNullable<Generated>>] extends [never, never]
      ? true
      : false;

// ---------------------------------------------------------------------------------------------------
// Wire shapes as generated, completed

type TicketWire = Complete<ResponseOf<'/api/tickets/{id}', 'get'>>;
type CommentWire = Complete<ResponseOf<'/api/tickets/{ticketId}/comments', 'post'>>;
type AttachmentWire = Complete<ResponseOf<'/api/tickets/{ticketId}/attachments', 'post'>>;
type ActivityWire = Complete<ResponseOf<'/api/tickets/{id}/activity', 'get'>>['items'][number];
type MeWire = Complete<ResponseOf<'/api/me', 'get'>>;
type MemberWire = Complete<ResponseOf<'/api/members', 'get'>>[number];
type QueueWire = Complete<ResponseOf<'/api/queues', 'get'>>[number];
type CountsWire = Complete<ResponseOf<'/api/tickets/counts', 'get'>>;
type TicketQuery = QueryOf<'/api/tickets', 'get'>;
type TicketSlaWire = NonNullable<TicketWire['sla']>;
type SlaExplanationWire = Complete<ResponseOf<'/api/tickets/{id}/sla', 'get'>>;

// ---------------------------------------------------------------------------------------------------
// Closed sets of values (each list is what the UI iterates; its type is checked against the document)

export const STATUSES = ['open', 'in_progress', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = ValuesOf<TicketWire['status'], typeof STATUSES>;

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = ValuesOf<TicketWire['priority'], typeof PRIORITIES>;

export const VIEWS = [
  'my',
  'unassigned',
  'active',
  'open',
  'in_progress',
  'pending',
  'resolved',
  'closed',
  'all',
  'at_risk',
  'breached',
] as const;
export type TicketView = ValuesOf<TicketQuery['view'], typeof VIEWS>;

export const SORT_FIELDS = [
  'updated',
  'created',
  'number',
  'priority',
  'status',
  'title',
  'due',
  'assignee',
  'queue',
] as const;
export type TicketSortField = (typeof SORT_FIELDS)[number];
export type TicketSort = ValuesOf<TicketQuery['sort'], readonly (TicketSortField | `-${TicketSortField}`)[]>;

/**
 * The order each view's list takes when it asks for none: the server's own rule (TicketView.defaultOrder), as the
 * document states it, generated into api-types.ts. The at-risk and breached views come nearest due first.
 */
export const DEFAULT_SORT_BY_VIEW: Readonly<Record<TicketView, TicketSort>> = listTicketsDefaultSortByView;

/** An SLA clock's state as a person reads it (see docs/api.md, SLA). */
export const SLA_CLOCK_STATES = ['running', 'paused', 'met', 'breached', 'met_late'] as const;
export type SlaClockState = (typeof SLA_CLOCK_STATES)[number];

/** The two clocks of a ticket's service level, as the explanation names them. */
export const SLA_CLOCK_KINDS = ['first_response', 'resolution'] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];

/** What a stretch of a clock's life was: business time running, paused (pending or stopped), outside hours, holiday. */
export const SLA_SEGMENT_KINDS = ['running', 'paused_pending', 'paused_stopped', 'outside_hours', 'holiday'] as const;
export type SlaSegmentKind = (typeof SLA_SEGMENT_KINDS)[number];

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = ValuesOf<CommentWire['visibility'], typeof VISIBILITIES>;

export const ROLES = ['admin', 'agent'] as const;
export type Role = ValuesOf<MemberWire['role'], typeof ROLES>;

/** `created` and `changed` are the ticket's own; the others are the conversation's (see docs/api.md). */
export const ACTIVITY_ACTIONS = [
  'created',
  'changed',
  'commented',
  'comment_edited',
  'comment_redacted',
  'attachment_added',
  // written by the system (actor.id null): an SLA clock crossed its at-risk or due instant, or an admin's policy or
  // calendar change moved its due instant (`reason`)
  'sla_at_risk',
  'sla_breached',
  'sla_due_moved',
  // written by the system: loop protection stopped an automation rule on the ticket (`field` says why)
  'automation_stopped',
] as const;
export type ActivityAction = ValuesOf<ActivityWire['action'], typeof ACTIVITY_ACTIONS>;

export const ACTIVITY_FIELDS = [
  'status',
  'priority',
  'assignee',
  'queue',
  'title',
  'description',
  // the SLA clock of an sla_* entry
  'first_response',
  'resolution',
  // why an automation_stopped entry stopped: a chain too deep, or the breaker
  'depth_limit',
  'breaker',
] as const;
export type ActivityField = ValuesOf<ActivityWire['field'], typeof ACTIVITY_FIELDS>;

// Compile-time: once the document lists the values, our lists must be exactly them (a `false`
// here fails the build: adapt the list above).
type AllTrue<T extends readonly true[]> = T;
export type ContractChecks = AllTrue<
  [
    Exhaustive<TicketWire['status'], (typeof STATUSES)[number]>,
    Exhaustive<TicketWire['priority'], (typeof PRIORITIES)[number]>,
    Exhaustive<TicketQuery['view'], (typeof VIEWS)[number]>,
    Exhaustive<TicketQuery['sort'], TicketSortField | `-${TicketSortField}`>,
    Exhaustive<CommentWire['visibility'], (typeof VISIBILITIES)[number]>,
    Exhaustive<MemberWire['role'], (typeof ROLES)[number]>,
    Exhaustive<ActivityWire['action'], (typeof ACTIVITY_ACTIONS)[number]>,
    Exhaustive<ActivityWire['field'], (typeof ACTIVITY_FIELDS)[number]>,
    Exhaustive<MemberDetailWire['status'], (typeof MEMBER_STATUSES)[number]>,
  ]
>;

// ---------------------------------------------------------------------------------------------------
// People: one shape with an e-mail, one without (who did something)

/** A person as the API names one: author, assignee, creator, mention, the signed-in user. */
export type Person = Flat<TicketWire['createdBy']>;
/** Who did something, as the activity log names them. */
export type Actor = Flat<ActivityWire['actor']>;
/** A member of the organisation; `id` is the user id (what a ticket's `assigneeId` takes). */
export type Member = Flat<With<MemberWire, { role: Role }>>;

// ---------------------------------------------------------------------------------------------------
// Responses

export type Ticket = Flat<
  With<
    Nullable<TicketWire, 'assignee' | 'resolvedAt' | 'closedAt' | 'firstRespondedAt' | 'descriptionHtml'>,
    { status: TicketStatus; priority: Priority; allowedStatuses: TicketStatus[]; sla: TicketSla | null }
  >
>;
/** One SLA clock of a ticket (`Ticket.sla.firstResponse` / `.resolution`). */
export type SlaClock = Flat<
  With<
    Nullable<TicketSlaWire['firstResponse'], 'dueAt' | 'atRiskAt' | 'breachedAt' | 'metAt'>,
    { state: SlaClockState }
  >
>;
/** A ticket's service level: the policy that applies and its two clocks (null on a ticket: no policy). */
export type TicketSla = Flat<With<TicketSlaWire, { firstResponse: SlaClock; resolution: SlaClock }>>;
export type SlaSegment = Flat<With<SlaExplanationWire['clocks'][number]['segments'][number], { kind: string }>>;
export type SlaClockExplanation = Flat<
  With<
    Nullable<SlaExplanationWire['clocks'][number], 'leftCalendarMinutes'>,
    { clock: SlaClock; segments: SlaSegment[] }
  >
>;
/** `GET /api/tickets/{id}/sla`: why a ticket is due when it is. */
export type SlaExplanation = Flat<With<SlaExplanationWire, { clocks: SlaClockExplanation[] }>>;
export type TicketPage = Flat<
  Nullable<With<Complete<ResponseOf<'/api/tickets', 'get'>>, { items: Ticket[] }>, 'nextCursor'>
>;
export type TicketCounts = Flat<With<CountsWire, { views: Record<TicketView, number> }>>;
/** The automation rule that made an entry's change, at the version that acted, and why ("because #12 was created"). */
export type ActivityAutomation = Complete<NonNullable<ActivityWire['automation']>>;
export type Activity = Flat<
  With<
    Nullable<ActivityWire, 'oldValue' | 'newValue' | 'oldLabel' | 'newLabel' | 'reason' | 'automation'>,
    { action: ActivityAction; field: ActivityField | null }
  >
>;
/** One page of a ticket's activity, newest first; `nextCursor` fetches older entries (null: no more). */
export type ActivityPage = Flat<
  Nullable<With<Complete<ResponseOf<'/api/tickets/{id}/activity', 'get'>>, { items: Activity[] }>, 'nextCursor'>
>;
export type Queue = QueueWire;
/** The server's list envelope (`{ items }`) for lists that are not paged. */
export interface ItemList<T> {
  items: T[];
}

export type Comment = Flat<
  With<Nullable<CommentWire, 'editedAt' | 'redactedAt' | 'redactedBy'>, { visibility: Visibility }>
>;
export type Revision = Complete<
  ResponseOf<'/api/tickets/{ticketId}/comments/{commentId}/revisions', 'get'>
>['items'][number];
export type Attachment = Flat<Nullable<AttachmentWire, 'commentId'>>;
/** `GET /api/attachments/limits`: how large a file may be (bytes, and as people read it) and how many per comment. */
export type AttachmentLimits = Complete<ResponseOf<'/api/attachments/limits', 'get'>>;

export type Membership = Flat<With<MeWire['memberships'][number], { role: Role }>>;
export type Invitation = Flat<With<MeWire['invitations'][number], { role: Role }>>;
export type Me = Flat<
  With<
    MeWire,
    {
      memberships: Membership[];
      invitations: Invitation[];
      currentOrganisation: Flat<With<MeWire['currentOrganisation'], { role: Role }>>;
    }
  >
>;

// ---------------------------------------------------------------------------------------------------
// Requests

type PatchWire = RequestOf<'/api/tickets/{id}', 'patch'>;
/** The fields a person can change on a ticket; `assigneeId: null` unassigns. */
export type TicketChanges = Flat<
  With<
    Omit<PatchWire, 'version' | 'expected'>,
    {
      status?: TicketStatus;
      priority?: Priority;
      assigneeId?: NonNullable<PatchWire['assigneeId']> | null;
    }
  >
>;
/** The values the person saw of the fields they change (`assigneeId: null`: saw it unassigned). */
export type TicketExpected = Flat<
  With<
    NonNullable<PatchWire['expected']>,
    {
      status?: TicketStatus;
      priority?: Priority;
      assigneeId?: NonNullable<NonNullable<PatchWire['expected']>['assigneeId']> | null;
    }
  >
>;
/** One ticket's change with the values seen: only a change of those same fields meanwhile is a conflict. */
export type TicketPatch = Flat<TicketChanges & { expected: TicketExpected }>;
/** A bulk item: the whole-ticket `version` rule (all or nothing, any change since refuses the item). */
export type BulkTicketPatch = Flat<
  TicketChanges & {
    version: NonNullable<PatchWire['version']>;
    id: NonNullable<RequestOf<'/api/tickets/bulk', 'patch'>[number]['id']>;
  }
>;
export type NewTicket = Flat<With<RequestOf<'/api/tickets', 'post'>, { priority?: Priority }>>;
export type NewComment = Flat<
  With<Complete<RequestOf<'/api/tickets/{ticketId}/comments', 'post'>>, { visibility: Visibility }>
>;
export type CommentEdit = Complete<RequestOf<'/api/tickets/{ticketId}/comments/{commentId}', 'patch'>>;
export type Credentials = Complete<RequestOf<'/api/auth/login', 'post'>>;
export type SignUp = Complete<RequestOf<'/api/signup', 'post'>>;

// ---------------------------------------------------------------------------------------------------
// Team administration and account self-service (issue 9)

// The document names no 200 body for a few of these operations yet (GET /api/members/directory,
// /api/invitations, /api/audit, /api/queues/{id}/members, POST /api/invitations/preview): their
// answers are looked up by schema name until it does.
type Schema<N extends keyof components['schemas']> = Complete<components['schemas'][N]>;
type MemberDetailWire = Schema<'MemberDetailResponse'>;

/** One field of a 409 `field-conflict`: what you saw, what you sent, what it is now, who changed it. */
export type TicketFieldConflict = Flat<
  With<
    Nullable<
      Schema<'TicketFieldConflictResponse'>,
      'expected' | 'yours' | 'theirs' | 'theirsLabel' | 'changedBy' | 'changedAt' | 'automationRule'
    >,
    { field: keyof TicketChanges }
  >
>;

export const MEMBER_STATUSES = ['active', 'invited', 'expired', 'deactivated'] as const;
export type MemberStatus = ValuesOf<MemberDetailWire['status'], typeof MEMBER_STATUSES>;

/** A person in the admin's member directory (`GET /api/members/directory`). */
export type DirectoryMember = Flat<
  With<Nullable<MemberDetailWire, 'lastSeenAt'>, { role: Role; status: MemberStatus }>
>;
export type DirectoryPage = Flat<
  Nullable<With<Schema<'MemberPageResponse'>, { items: DirectoryMember[] }>, 'nextCursor'>
>;
export interface DirectoryQuery {
  q?: string;
  status?: MemberStatus;
}
/** `PATCH /api/members/{id}`: one change at a time. */
export type MemberChange = { role: Role } | { status: Exclude<MemberStatus, 'invited' | 'expired'> };

export type NewInvitation = Flat<With<Complete<RequestOf<'/api/invitations', 'post'>>, { role: Role }>>;
/** The answer to creating an invitation: `acceptUrl` is shown once. */
export type IssuedInvitation = Flat<With<Complete<ResponseOf<'/api/invitations', 'post'>>, { role: Role }>>;
/** An invitation the organisation sent and nobody accepted yet. */
export type SentInvitation = Flat<With<Schema<'InvitationResponse'>, { role: Role }>>;
export type InvitationPreview = Schema<'InvitationPreviewResponse'>;
export type InvitationAcceptance = Flat<RequestOf<'/api/invitations/accept', 'post'>>;
export type PasswordResetRequest = Schema<'PasswordResetRequest'>;
export type PasswordResetConfirmation = Schema<'PasswordResetConfirmRequest'>;
/** `POST /api/me/email`: a link goes to the new address; nothing changes until it is used. */
export type EmailChange = Schema<'ChangeEmailRequest'>;
export type EmailConfirmation = Schema<'EmailConfirmationRequest'>;
export type EmailConfirmed = Schema<'EmailConfirmedResponse'>;

/** A queue as an admin manages it (every queue answer carries the admin's fields). */
export type AdminQueue = Queue;
export type QueueChanges = Flat<NonNullableFields<RequestOf<'/api/queues/{id}', 'patch'>>>;
export type NewQueue = Complete<RequestOf<'/api/queues', 'post'>>;
export type QueueMember = Schema<'QueueMemberResponse'>;

export type Organisation = Complete<ResponseOf<'/api/organisation', 'get'>>;
export type OrganisationChanges = Flat<NonNullableFields<RequestOf<'/api/organisation', 'patch'>>>;

export type ProfileChanges = Flat<NonNullableFields<RequestOf<'/api/me', 'patch'>>>;
export type PasswordChange = Complete<RequestOf<'/api/me/password', 'put'>>;
export type SignInSession = Flat<Complete<ResponseOf<'/api/me/sessions', 'get'>>[number]>;

export type ApiToken = Flat<Nullable<Complete<ResponseOf<'/api/me/tokens', 'get'>>[number], 'lastUsedAt'>>;
export type IssuedToken = Complete<ResponseOf<'/api/me/tokens', 'post'>>;
export type NewToken = Complete<RequestOf<'/api/me/tokens', 'post'>>;

export type AuditEntry = Schema<'AuditEntryResponse'>;
export type AuditPage = Flat<Nullable<With<Schema<'AuditPageResponse'>, { items: AuditEntry[] }>, 'nextCursor'>>;

// ---------------------------------------------------------------------------------------------------
// Notifications (issue 11)

type NotificationWire = Schema<'NotificationResponse'>;
type PreferencesWire = Complete<ResponseOf<'/api/me/notification-preferences', 'get'>>;

/** What a notification is about, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = [
  'assigned',
  'mentioned',
  'replied',
  'noted',
  'reopened',
  'sla_at_risk',
  'sla_breached',
] as const;
export type NotificationKind = ValuesOf<NotificationWire['kind'], typeof NOTIFICATION_KINDS>;

export const EMAIL_DELIVERIES = ['off', 'immediately', 'daily'] as const;
export type EmailDelivery = ValuesOf<PreferencesWire['kinds'][number]['email'], typeof EMAIL_DELIVERIES>;

/** One inbox entry: events for one person and ticket, coalesced (`kinds`); `actor` null for the system. */
export type Notification = Flat<
  With<Nullable<NotificationWire, 'actor'>, { kind: NotificationKind; kinds: NotificationKind[] }>
>;
export type NotificationPage = Flat<
  Nullable<With<Schema<'NotificationPageResponse'>, { items: Notification[] }>, 'nextCursor'>
>;
export type UnreadCount = Complete<ResponseOf<'/api/notifications/unread-count', 'get'>>;
export type MarkAllRead = Flat<NonNullableFields<RequestOf<'/api/notifications/read-all', 'post'>>>;

export type KindPreference = Flat<
  With<PreferencesWire['kinds'][number], { kind: NotificationKind; email: EmailDelivery }>
>;
export type NotificationPreferences = Flat<With<PreferencesWire, { kinds: KindPreference[] }>>;
export type NotificationPreferencesChange = Flat<
  With<NonNullableFields<RequestOf<'/api/me/notification-preferences', 'put'>>, { kinds?: KindPreference[] }>
>;

/** An outbox e-mail's state: waiting (or retrying), sent, given up, or cancelled (never sent). */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
type OutboxEmailWire = Complete<ResponseOf<'/api/admin/email-outbox/{id}/retry', 'post'>>;
/** One e-mail of the organisation's outbox as admins see it (`GET /api/admin/email-outbox`). */
export type OutboxEmail = Flat<
  With<
    Nullable<OutboxEmailWire, 'recipientId' | 'recipientName' | 'toAddress' | 'subject' | 'lastError' | 'sentAt'>,
    { status: OutboxStatus }
  >
>;
export type OutboxPage = Flat<With<Complete<ResponseOf<'/api/admin/email-outbox', 'get'>>, { items: OutboxEmail[] }>>;

// ---------------------------------------------------------------------------------------------------
// SLA administration: policies and business calendars

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

type SlaPolicyWire = Complete<ResponseOf<'/api/sla/policies/{id}', 'get'>>;
type SlaCalendarWire = Complete<ResponseOf<'/api/sla/calendars/{id}', 'get'>>;

/** One business interval of a weekday, `HH:MM` to `HH:MM` (end up to `24:00`). */
export type SlaHours = Flat<With<SlaCalendarWire['hours'][number], { day: Weekday }>>;
/** A business calendar: time zone, weekly hours (several intervals a day allowed), whole-day holidays. */
export type SlaCalendar = Flat<With<SlaCalendarWire, { hours: SlaHours[] }>>;
export type SlaCalendarInput = Flat<Omit<SlaCalendar, 'id' | 'version'>>;
/** First response and resolution targets of one priority, in business minutes. */
export type SlaTargets = SlaPolicyWire['targets'][string];
/** An SLA policy; the first in `position` order whose queues and priorities (empty = any) match applies. */
export type SlaPolicy = Flat<With<SlaPolicyWire, { priorities: Priority[]; targets: Record<Priority, SlaTargets> }>>;
export type SlaPolicyInput = Flat<Omit<SlaPolicy, 'id' | 'position' | 'version'>>;
/** Open tickets still waiting for their due times to be recomputed after a policy or calendar change. */
export type SlaRecompute = Complete<ResponseOf<'/api/sla/recompute', 'get'>>;

// ---------------------------------------------------------------------------------------------------
// Workflow automation (issue 13): rules of a trigger, conditions and actions; dry runs

type AutomationRuleWire = Complete<ResponseOf<'/api/automation/rules/{id}', 'get'>>;
type AutomationDryRunWire = Complete<ResponseOf<'/api/automation/rules/dry-run', 'post'>>;

export const AUTOMATION_TRIGGER_TYPES = [
  'ticket_created',
  'ticket_changed',
  'comment_added',
  'sla_at_risk',
  'sla_breached',
  'time_in_status',
  'unassigned_for',
  'no_agent_reply_for',
] as const;
export type AutomationTriggerType = ValuesOf<AutomationRuleWire['trigger']['type'], typeof AUTOMATION_TRIGGER_TYPES>;

/** The fields a `ticket_changed` trigger may name (null: any field). */
export const AUTOMATION_CHANGED_FIELDS = ['status', 'priority', 'queue', 'assignee'] as const;
export type AutomationChangedField = (typeof AUTOMATION_CHANGED_FIELDS)[number];

export const AUTOMATION_CONDITION_FIELDS = [
  'status',
  'priority',
  'queue',
  'assignee',
  'title',
  'description',
  'created',
  'updated',
  'actor',
] as const;
export type AutomationConditionField = ValuesOf<
  AutomationRuleWire['conditions'][number]['field'],
  typeof AUTOMATION_CONDITION_FIELDS
>;

export const AUTOMATION_OPERATORS = [
  'is',
  'is_not',
  'is_nobody',
  'member_of',
  'contains',
  'more_than_hours_ago',
  'less_than_hours_ago',
] as const;
export type AutomationOperator = ValuesOf<
  AutomationRuleWire['conditions'][number]['operator'],
  typeof AUTOMATION_OPERATORS
>;

export const AUTOMATION_ACTION_TYPES = [
  'set_status',
  'set_priority',
  'set_queue',
  'assign',
  'assign_round_robin',
  'assign_least_loaded',
  'unassign',
  'add_note',
  'notify',
] as const;
export type AutomationActionType = ValuesOf<
  AutomationRuleWire['actions'][number]['type'],
  typeof AUTOMATION_ACTION_TYPES
>;

export const AUTOMATION_MATCHES = ['all', 'any'] as const;
export type AutomationMatch = ValuesOf<AutomationRuleWire['match'], typeof AUTOMATION_MATCHES>;

export type AutomationTrigger = Flat<
  With<
    AutomationRuleWire['trigger'],
    {
      type: AutomationTriggerType;
      field: AutomationChangedField | null;
      visibility: Visibility | null;
      status: TicketStatus | null;
    }
  >
>;
export type AutomationCondition = Flat<
  With<AutomationRuleWire['conditions'][number], { field: AutomationConditionField; operator: AutomationOperator }>
>;
export type AutomationAction = Flat<With<AutomationRuleWire['actions'][number], { type: AutomationActionType }>>;
/** A rule as the server holds it, with when it last fired and how often in the last 7 days. */
export type AutomationRule = Flat<
  With<
    AutomationRuleWire,
    {
      trigger: AutomationTrigger;
      match: AutomationMatch;
      conditions: AutomationCondition[];
      actions: AutomationAction[];
    }
  >
>;
export interface AutomationRuleList {
  items: AutomationRule[];
}
/** What creating a rule sends (`PUT` sends the version read, too: 409 when stale). */
export type AutomationRuleInput = Flat<
  Pick<AutomationRule, 'name' | 'enabled' | 'trigger' | 'match' | 'conditions' | 'actions'>
>;
export type AutomationRuleUpdate = Flat<AutomationRuleInput & { version: number }>;
/** A dry run of a saved rule (`ruleId`) or a draft (`rule`) over the last `days` (default 7). */
export interface AutomationDryRunRequest {
  ruleId: string | null;
  rule: AutomationRuleInput | null;
  days: number | null;
}
export type AutomationDryRun = AutomationDryRunWire;
export type AutomationDryRunItem = AutomationDryRunWire['items'][number];

export type AutomationContractChecks = AllTrue<
  [
    Exhaustive<AutomationRuleWire['trigger']['type'], (typeof AUTOMATION_TRIGGER_TYPES)[number]>,
    Exhaustive<AutomationRuleWire['conditions'][number]['field'], (typeof AUTOMATION_CONDITION_FIELDS)[number]>,
    Exhaustive<AutomationRuleWire['conditions'][number]['operator'], (typeof AUTOMATION_OPERATORS)[number]>,
    Exhaustive<AutomationRuleWire['actions'][number]['type'], (typeof AUTOMATION_ACTION_TYPES)[number]>,
    Exhaustive<AutomationRuleWire['match'], (typeof AUTOMATION_MATCHES)[number]>,
  ]
>;
/** When a ticket created now (`from`) would be due for each asked target, by the server's calendar arithmetic. */
export type SlaDuePreview = Complete<ResponseOf<'/api/sla/calendars/{id}/due-times', 'get'>>;
