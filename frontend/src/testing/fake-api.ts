import { http, HttpResponse } from 'msw';
import type { FieldError } from '@/lib/api-problem';
import type {
  Activity,
  ActivityPage,
  Attachment,
  AttachmentLimits,
  Comment,
  Invitation,
  ItemList,
  Me,
  Member,
  Queue,
  Revision,
  SlaExplanation,
  Ticket,
  TicketCounts,
  TicketFieldConflict,
  TicketPage,
} from '@/lib/api-schema';
import { DEFAULT_SORT_BY_VIEW, VIEWS } from '@/lib/api-schema';
import { ALICE, MEMBERS, ME, QUEUES, allowedFrom, anSlaExplanation } from './fixtures';
import { invalidInput, problem } from './problems';
import { csrfHandler, json, recordRequests } from './handlers';
import { fakeInbox, type FakeInboxOptions } from './fake-notifications';
import { server } from './server';

export type { SeenRequest } from './handlers';

const ACTIVE: readonly string[] = ['open', 'in_progress', 'pending'];

/** What the server derives from the status: where it may move next, and whether the fields are editable. */
const lifecycle = (status: Ticket['status']) => ({
  allowedStatuses: allowedFrom(status),
  editable: status !== 'closed',
});

type PatchField = 'status' | 'priority' | 'assigneeId' | 'queueId' | 'title' | 'description';
const ACTIVITY_NAMES: Record<PatchField, string> = {
  status: 'status',
  priority: 'priority',
  assigneeId: 'assignee',
  queueId: 'queue',
  title: 'title',
  description: 'description',
};
/** A field's raw value as a PATCH names it (`assigneeId: null` = unassigned). */
const rawValue = (ticket: Ticket, field: PatchField): string | null => {
  switch (field) {
    case 'assigneeId':
      return ticket.assignee?.id ?? null;
    case 'queueId':
      return ticket.queue.id;
    default:
      return ticket[field];
  }
};
const STATUS_WORDS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In Progress',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
};
/** The server's words for a limit (ByteSizes.human): "25 MB", "10 bytes". */
const humanLimit = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit] ?? 'GB'}`;
};
/** What a raw value reads as (the server's `theirsLabel`). */
const labelOf = (field: PatchField, raw: string | null): string | null => {
  if (raw === null) return null;
  switch (field) {
    case 'status':
      return STATUS_WORDS[raw] ?? raw;
    case 'priority':
      return raw.charAt(0).toUpperCase() + raw.slice(1);
    case 'assigneeId':
      return MEMBERS.find((m) => m.id === raw)?.name ?? raw;
    case 'queueId':
      return QUEUES.find((q) => q.id === raw)?.name ?? raw;
    default:
      return raw;
  }
};
const isPatchField = (field: string): field is PatchField => field in ACTIVITY_NAMES;

const runningClocks = (ticket: Ticket) =>
  ticket.sla === null || !ACTIVE.includes(ticket.status)
    ? []
    : [ticket.sla.firstResponse, ticket.sla.resolution].filter(
        (c) => (c.state === 'running' || c.state === 'breached') && c.dueAt !== null,
      );
const overdue = (ticket: Ticket) => runningClocks(ticket).some((c) => Date.parse(c.dueAt ?? '') <= Date.now());
const atRisk = (ticket: Ticket) =>
  !overdue(ticket) && runningClocks(ticket).some((c) => c.atRiskAt !== null && Date.parse(c.atRiskAt) <= Date.now());
/** The nearest due instant of a ticket's running clocks; none sorts last (like the server's `due`). */
const nearestDue = (ticket: Ticket) =>
  Math.min(Infinity, ...runningClocks(ticket).map((c) => Date.parse(c.dueAt ?? '')));

function inView(ticket: Ticket, view: string, me: string): boolean {
  switch (view) {
    case 'at_risk':
      return atRisk(ticket);
    case 'breached':
      return overdue(ticket);
    case 'my':
      return ticket.assignee?.id === me && ACTIVE.includes(ticket.status);
    case 'unassigned':
      return ticket.assignee === null && ACTIVE.includes(ticket.status);
    case 'active':
      return ACTIVE.includes(ticket.status);
    case 'all':
      return true;
    default:
      return ticket.status === view;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const localPart = (email: string) => email.split('@')[0] ?? email;

/** Just enough of the server's Markdown: paragraphs, **strong**, and @mentions of members. */
function renderComment(body: string): { html: string; mentions: Comment['mentions'] } {
  const mentions: Comment['mentions'] = [];
  const paragraphs = escapeHtml(body)
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|\s)@([\w.+-]+(?:@[\w.-]+)?)/g, (match, before: string, handle: string) => {
          const member = MEMBERS.find(
            (m) => m.email === handle.toLowerCase() || localPart(m.email) === handle.toLowerCase(),
          );
          if (!member) return match;
          if (!mentions.some((m) => m.id === member.id))
            mentions.push({ id: member.id, name: member.name, email: member.email });
          return `${before}<a class="mention" data-user-id="${member.id}" href="mailto:${member.email}">@${handle}</a>`;
        }),
    );
  return { html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'), mentions };
}

const PREVIEWABLE = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export interface FakeApiOptions {
  signedIn?: boolean;
  comments?: Comment[];
  attachments?: Attachment[];
  /** Extra activity entries per ticket id (the fake adds `created`, field changes and the conversation's). */
  activity?: Record<string, Activity[]>;
  /** Bytes a file may have before the upload answers 413 (the server's default is 25 MB). */
  maxFileSize?: number;
  /**
   * The limit `GET /api/attachments/limits` tells the app (default: `maxFileSize`); larger than it to
   * play a limit lowered after the page loaded, which only the upload itself then finds out.
   */
  advertisedMaxFileSize?: number;
  /** Organisations that invited Alice; accepting one makes it a membership. */
  invitations?: Invitation[];
  /** The signed-in person's notifications and settings (default: an empty inbox). */
  inbox?: FakeInboxOptions;
}

/**
 * A small in-memory WorkTrackr for the journeys that change something and read it back (sign-up,
 * versions and 409s, the lifecycle, views and counts, bulk, comments, attachments, activity). Its
 * answers are typed with the contract's types (src/lib/api-schema.ts) and its problems come from the
 * server's catalogue (src/lib/problem-types.ts via ./problems). A test that needs no state uses
 * ./handlers (signedInHandlers, recordRequests) and its own handler instead; tests override single
 * routes with server.use().
 */
export function installFakeApi(initial: Ticket[], options: FakeApiOptions = {}) {
  const tickets = new Map(initial.map((t) => [t.id, structuredClone(t)]));
  const comments: Comment[] = structuredClone(options.comments ?? []);
  const attachments: Attachment[] = structuredClone(options.attachments ?? []);
  const revisions = new Map<string, { body: string; writtenAt: string; replacedAt: string }[]>();
  const activity = new Map<string, Activity[]>(Object.entries(structuredClone(options.activity ?? {})));
  const maxFileSize = options.maxFileSize ?? 25 * 1024 * 1024;
  let signedIn = options.signedIn ?? true;
  let currentMe: Me = { ...structuredClone(ME), invitations: structuredClone(options.invitations ?? []) };
  /** The password of the account the last sign-up made (the server answers sign-up alike and starts no session). */
  let signedUpPassword: string | null = null;
  let clock = Date.parse('2026-11-26T10:00:00Z');
  let ids = 0;
  const now = () => new Date((clock += 60_000)).toISOString();
  const nextId = (prefix: string) => `${prefix}-new-${(ids += 1)}`;
  const me = { id: ALICE.id, name: ALICE.name, email: ALICE.email };

  const log = (ticketId: string, entry: Omit<Activity, 'id' | 'actor' | 'at'>) => {
    const list = activity.get(ticketId) ?? [];
    list.push({ id: nextId('act'), actor: { id: me.id, name: me.name }, at: now(), ...entry });
    activity.set(ticketId, list);
  };
  const conversationEntry = (action: Activity['action'], id: string) => ({
    action,
    field: null,
    oldValue: null,
    newValue: id,
    oldLabel: null,
    newLabel: null,
    automation: null,
    reason: null,
  });

  const unauthenticated = () => problem('notAuthenticated', { detail: 'Sign in first.' });

  /** Applies one change like the server's aggregate would, or says why not. */
  const apply = (
    current: Ticket,
    body: Record<string, unknown>,
  ):
    | { ok: true; ticket: Ticket }
    | {
        ok: false;
        kind: 'staleTicket' | 'fieldConflict' | 'illegalTransition' | 'invalidInput' | 'notFound' | 'ticketClosed';
        errors: FieldError[];
        detail: string;
        conflicts?: TicketFieldConflict[];
      } => {
    if (typeof body.expected === 'object' && body.expected !== null) {
      const conflicts: TicketFieldConflict[] = [];
      for (const [field, seen] of Object.entries(body.expected as Record<string, unknown>)) {
        if (!isPatchField(field)) continue;
        const theirs = rawValue(current, field);
        if (theirs === seen || (field in body && body[field] === theirs)) continue;
        const last = (activity.get(current.id) ?? [])
          .filter((entry) => entry.action === 'changed' && entry.field === ACTIVITY_NAMES[field])
          .at(-1);
        const by = last ? MEMBERS.find((m) => m.id === last.actor.id) : undefined;
        conflicts.push({
          field,
          expected: typeof seen === 'string' ? seen : null,
          yours: field in body && typeof body[field] === 'string' ? body[field] : null,
          theirs,
          theirsLabel: labelOf(field, theirs),
          changedBy:
            last && last.actor.id !== null
              ? { id: last.actor.id, name: last.actor.name, email: by?.email ?? '' }
              : null,
          changedAt: last?.at ?? null,
          automationRule: null,
        });
      }
      if (conflicts.length > 0) {
        return {
          ok: false,
          kind: 'fieldConflict',
          conflicts,
          errors: conflicts.map((c) => ({ field: c.field, message: 'was changed by someone else meanwhile' })),
          detail: conflicts
            .map((c) => `${c.changedBy?.name ?? 'Someone else'} changed the ${c.field} of #${current.number}.`)
            .join(' '),
        };
      }
    }
    if (!current.editable && body.status !== 'open') {
      const field = Object.keys(body).find(
        (f) => isPatchField(f) && f !== 'status' && body[f] !== rawValue(current, f),
      );
      if (field) {
        return {
          ok: false,
          kind: 'ticketClosed',
          errors: [{ field, message: 'cannot change while the ticket is closed' }],
          detail: `#${current.number} is closed: reopen it to change its ${field}.`,
        };
      }
    }
    if (typeof body.version === 'number' && body.version !== current.version) {
      return {
        ok: false,
        kind: 'staleTicket',
        errors: [{ field: 'version', message: 'stale' }],
        detail: 'The ticket changed since you saw it.',
      };
    }
    const next = structuredClone(current);
    if (typeof body.status === 'string' && body.status !== current.status) {
      if (!current.allowedStatuses.includes(body.status as Ticket['status'])) {
        // the server's words (IllegalTicketTransition): labels people read, never codes
        const label = (status: string) => STATUS_WORDS[status] ?? status;
        const labels = current.allowedStatuses.map(label);
        const allowed =
          labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1) ?? ''}` : (labels[0] ?? '');
        const move = `from ${label(current.status)} to ${label(body.status)}`;
        return {
          ok: false,
          kind: 'illegalTransition',
          errors: [{ field: 'status', message: `cannot move ${move}; it can move to ${allowed}` }],
          detail: `Cannot move #${current.number} ${move}; it can move to ${allowed}.`,
        };
      }
      next.status = body.status as Ticket['status'];
      Object.assign(next, lifecycle(next.status));
    }
    if (typeof body.priority === 'string') next.priority = body.priority as Ticket['priority'];
    if ('assigneeId' in body) {
      const member = MEMBERS.find((m) => m.id === body.assigneeId);
      if (body.assigneeId !== null && !member) {
        return {
          ok: false,
          kind: 'invalidInput',
          errors: [{ field: 'assigneeId', message: 'not a member' }],
          detail: 'Not a member.',
        };
      }
      next.assignee = member ? { id: member.id, name: member.name, email: member.email } : null;
    }
    if (typeof body.queueId === 'string') {
      const queue = QUEUES.find((q) => q.id === body.queueId);
      if (queue) next.queue = { id: queue.id, name: queue.name };
    }
    if (typeof body.title === 'string') {
      if (!body.title.trim()) {
        return {
          ok: false,
          kind: 'invalidInput',
          errors: [{ field: 'title', message: 'must not be blank' }],
          detail: 'Invalid request.',
        };
      }
      next.title = body.title;
    }
    if (typeof body.description === 'string') {
      next.description = body.description;
      next.descriptionHtml = renderComment(body.description).html;
    }
    next.version = current.version + 1;
    next.updatedAt = now();
    return { ok: true, ticket: next };
  };

  const inbox = fakeInbox(options.inbox);

  const handlers = [
    csrfHandler,
    ...inbox.handlers,
    http.post('/api/auth/login', async ({ request }) => {
      const body = (await request.json()) as { email: string; password: string };
      if (body.password !== 'correct horse' && body.password !== signedUpPassword)
        return problem('notAuthenticated', { detail: 'The e-mail or the password is wrong.' });
      signedIn = true;
      return json<Me>(currentMe);
    }),
    http.post('/api/signup', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      const text = (field: string) => (typeof body[field] === 'string' ? body[field] : '');
      const errors: { field: string; message: string }[] = [];
      for (const field of ['organisationName', 'name', 'email']) {
        if (!text(field).trim()) errors.push({ field, message: 'must not be blank' });
      }
      if (text('email') && !text('email').includes('@'))
        errors.push({ field: 'email', message: 'must be a well-formed email address' });
      if (text('password').length < 8 || text('password').length > 200) {
        errors.push({ field: 'password', message: 'must be between 8 and 200 characters' });
      }
      if (errors.length > 0) return invalidInput(errors);
      const accepted = { message: 'Signed up: sign in with your e-mail address and password.' };
      // An address with an account: nothing is made, and the answer is the same (its owner is told by e-mail).
      if (MEMBERS.some((m) => m.email === text('email').toLowerCase())) return json(accepted, { status: 202 });
      const organisation = { id: nextId('org'), name: text('organisationName').trim() };
      currentMe = {
        user: { id: nextId('u'), name: text('name').trim(), email: text('email').toLowerCase() },
        memberships: [{ organisationId: organisation.id, organisationName: organisation.name, role: 'admin' }],
        currentOrganisation: { ...organisation, role: 'admin' },
        invitations: [],
        timeZone: 'UTC',
        colour: null,
        emailVerified: false,
        pendingEmail: null,
      };
      signedUpPassword = text('password');
      return json(accepted, { status: 202 });
    }),
    http.post('/api/auth/logout', () => {
      signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/me', () => (signedIn ? json<Me>(currentMe) : unauthenticated())),
    http.post('/api/me/invitations/:organisationId/accept', ({ params }) => {
      if (!signedIn) return unauthenticated();
      const invitation = currentMe.invitations.find((i) => i.organisationId === params.organisationId);
      if (!invitation) {
        return problem('notFound', {
          detail: `Invitation to organisation ${String(params.organisationId)} was not found.`,
        });
      }
      currentMe = {
        ...currentMe,
        memberships: [...currentMe.memberships, { ...invitation }],
        invitations: currentMe.invitations.filter((i) => i !== invitation),
      };
      return json<Me>(currentMe);
    }),
    http.get('/api/members', () => (signedIn ? json<Member[]>(MEMBERS) : unauthenticated())),
    http.get('/api/queues', () => {
      if (!signedIn) return unauthenticated();
      return json<Queue[]>(
        QUEUES.map((q) => ({
          ...q,
          activeCount: [...tickets.values()].filter((t) => t.queue.id === q.id && ACTIVE.includes(t.status)).length,
        })),
      );
    }),
    http.get('/api/tickets/counts', () => {
      if (!signedIn) return unauthenticated();
      const all = [...tickets.values()];
      const views = Object.fromEntries(
        VIEWS.map((v) => [v, all.filter((t) => inView(t, v, ALICE.id)).length]),
      ) as TicketCounts['views'];
      const queues = QUEUES.map((q) => ({
        id: q.id,
        name: q.name,
        count: all.filter((t) => t.queue.id === q.id && ACTIVE.includes(t.status)).length,
      }));
      return json<TicketCounts>({ views, queues });
    }),
    http.get('/api/ticket-numbers/:number', ({ params }) => {
      if (!signedIn) return unauthenticated();
      const ticket = [...tickets.values()].find((t) => String(t.number) === params.number);
      return ticket ? json<Ticket>(ticket) : problem('notFound', { detail: 'Ticket not found.' });
    }),
    http.get('/api/tickets/:id/sla', ({ params }) => {
      if (!signedIn) return unauthenticated();
      const ticket = tickets.get(String(params.id));
      if (!ticket?.sla) return problem('notFound', { detail: 'Ticket not found or no SLA applies.' });
      return json<SlaExplanation>(anSlaExplanation(ticket.id, ticket.sla));
    }),
    http.get('/api/tickets/:id/activity', ({ params, request }) => {
      if (!signedIn) return unauthenticated();
      const ticket = tickets.get(String(params.id));
      if (!ticket) return problem('notFound', { detail: 'Ticket not found.' });
      const created: Activity = {
        id: `a-${ticket.id}`,
        action: 'created',
        field: null,
        oldValue: null,
        newValue: null,
        oldLabel: null,
        newLabel: null,
        reason: null,
        actor: { id: ticket.createdBy.id, name: ticket.createdBy.name },
        at: ticket.createdAt,
        automation: null,
      };
      const all = [created, ...(activity.get(ticket.id) ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      // pages like the server (newest first, keyset); the fake's cursor is the position of the next entry
      const url = new URL(request.url);
      const limit = Number(url.searchParams.get('limit') ?? '50');
      const start = Number(url.searchParams.get('cursor') ?? '0');
      const items = all.slice(start, start + limit);
      const nextCursor = start + limit < all.length ? String(start + limit) : null;
      return json<ActivityPage>({ items, nextCursor });
    }),
    http.get('/api/tickets/:id/comments', ({ params }) => {
      if (!signedIn) return unauthenticated();
      if (!tickets.has(String(params.id))) return problem('notFound', { detail: 'Ticket not found.' });
      const items = comments
        .filter((c) => c.ticketId === params.id)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      return json<ItemList<Comment>>({ items });
    }),
    http.post('/api/tickets/:id/comments', async ({ params, request }) => {
      if (!signedIn) return unauthenticated();
      const ticket = tickets.get(String(params.id));
      if (!ticket) return problem('notFound', { detail: 'Ticket not found.' });
      const body = (await request.json()) as { body?: unknown; visibility?: unknown };
      const errors: { field: string; message: string }[] = [];
      if (typeof body.body !== 'string' || body.body.length === 0)
        errors.push({ field: 'body', message: 'must not be blank' });
      else if (body.body.length > 20_000) errors.push({ field: 'body', message: 'must be at most 20000 characters' });
      if (body.visibility !== 'public' && body.visibility !== 'internal') {
        errors.push({ field: 'visibility', message: 'must be one of public, internal' });
      }
      if (errors.length > 0) return invalidInput(errors);
      const text = body.body as string;
      const comment: Comment = {
        id: nextId('c'),
        ticketId: ticket.id,
        author: me,
        automation: null,
        visibility: body.visibility as Comment['visibility'],
        body: text,
        ...renderComment(text),
        edited: false,
        editedAt: null,
        redacted: false,
        redactedAt: null,
        redactedBy: null,
        createdAt: now(),
      };
      comments.push(comment);
      log(ticket.id, conversationEntry('commented', comment.id));
      return json<Comment>(comment, { status: 201 });
    }),
    http.patch('/api/tickets/:id/comments/:commentId', async ({ params, request }) => {
      if (!signedIn) return unauthenticated();
      const comment = comments.find((c) => c.id === params.commentId && c.ticketId === params.id);
      if (!comment) return problem('notFound', { detail: 'Comment not found.' });
      if (comment.author?.id !== me.id) return problem('forbidden', { detail: 'Only the author may edit a comment.' });
      if (comment.redacted) return problem('commentRedacted', { detail: 'A redacted comment cannot be edited.' });
      const { body } = (await request.json()) as { body: string };
      if (!body) return invalidInput([{ field: 'body', message: 'must not be blank' }]);
      if (body !== comment.body) {
        const at = now();
        const list = revisions.get(comment.id) ?? [];
        list.push({ body: comment.body, writtenAt: comment.editedAt ?? comment.createdAt, replacedAt: at });
        revisions.set(comment.id, list);
        Object.assign(comment, { body, ...renderComment(body), edited: true, editedAt: at });
        log(comment.ticketId, conversationEntry('comment_edited', comment.id));
      }
      return json<Comment>(comment);
    }),
    http.get('/api/tickets/:id/comments/:commentId/revisions', ({ params }) => {
      if (!signedIn) return unauthenticated();
      return json<ItemList<Revision>>({ items: revisions.get(String(params.commentId)) ?? [] });
    }),
    http.post('/api/tickets/:id/comments/:commentId/redaction', ({ params }) => {
      if (!signedIn) return unauthenticated();
      const comment = comments.find((c) => c.id === params.commentId && c.ticketId === params.id);
      if (!comment) return problem('notFound', { detail: 'Comment not found.' });
      if (comment.redacted) return problem('commentRedacted', { detail: 'The comment is already redacted.' });
      Object.assign(comment, { body: '', html: '', redacted: true, redactedAt: now(), redactedBy: me });
      revisions.set(
        comment.id,
        (revisions.get(comment.id) ?? []).map((r) => ({ ...r, body: '' })),
      );
      log(comment.ticketId, conversationEntry('comment_redacted', comment.id));
      return json<Comment>(comment);
    }),
    http.get('/api/attachments/limits', () => {
      if (!signedIn) return unauthenticated();
      const advertised = options.advertisedMaxFileSize ?? maxFileSize;
      return json<AttachmentLimits>({
        maxFileSize: advertised,
        maxFileSizeText: humanLimit(advertised),
        maxFilesPerComment: 20,
      });
    }),
    http.get('/api/tickets/:id/attachments', ({ params }) => {
      if (!signedIn) return unauthenticated();
      if (!tickets.has(String(params.id))) return problem('notFound', { detail: 'Ticket not found.' });
      return json<ItemList<Attachment>>({ items: attachments.filter((a) => a.ticketId === params.id) });
    }),
    http.post('/api/tickets/:id/attachments', async ({ params, request }) => {
      if (!signedIn) return unauthenticated();
      const ticket = tickets.get(String(params.id));
      if (!ticket) return problem('notFound', { detail: 'Ticket not found.' });
      const form = await request.formData();
      const file = form.get('file') as (Blob & { name: string }) | null;
      const commentId = form.get('commentId');
      if (!file || typeof file === 'string') {
        return invalidInput([{ field: 'file', message: 'is required' }]);
      }
      if (typeof commentId === 'string' && !comments.some((c) => c.id === commentId && c.ticketId === ticket.id)) {
        return invalidInput([{ field: 'commentId', message: 'is not a comment of this ticket' }]);
      }
      if (file.size > maxFileSize) {
        return problem('fileTooLarge', {
          detail: `A file may be at most ${humanLimit(maxFileSize)}.`,
          maxFileSize,
        });
      }
      const attachment: Attachment = {
        id: nextId('att'),
        ticketId: ticket.id,
        commentId: typeof commentId === 'string' ? commentId : null,
        filename: file.name.replace(/[\\/]/g, '_'),
        size: file.size,
        sha256: '0'.repeat(64),
        contentType: file.type || 'application/octet-stream',
        previewable: PREVIEWABLE.includes(file.type),
        uploadedBy: me,
        createdAt: now(),
      };
      attachments.push(attachment);
      log(ticket.id, conversationEntry('attachment_added', attachment.id));
      return json<Attachment>(attachment, { status: 201 });
    }),
    http.get('/api/tickets', ({ request }) => {
      if (!signedIn) return unauthenticated();
      const url = new URL(request.url);
      const view = url.searchParams.get('view') ?? 'all';
      const priority = url.searchParams.get('priority');
      const queueId = url.searchParams.get('queueId');
      const status = url.searchParams.get('status');
      const assigneeId = url.searchParams.get('assigneeId');
      const q = url.searchParams.get('q')?.toLowerCase();
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const matching = [...tickets.values()]
        .filter((t) => inView(t, view, ALICE.id))
        .filter((t) => !priority || priority.split(',').includes(t.priority))
        .filter((t) => !status || status.split(',').includes(t.status))
        .filter((t) => !assigneeId || (assigneeId === 'none' ? t.assignee === null : t.assignee?.id === assigneeId))
        .filter((t) => !queueId || t.queue.id === queueId)
        .filter((t) => !q || t.title.toLowerCase().includes(q) || `#${t.number}` === q || String(t.number) === q)
        .sort((a, b) => a.number - b.number);
      // without a sort, the view's own default, as the server has it (the at-risk and breached views: due)
      const sort = url.searchParams.get('sort') ?? DEFAULT_SORT_BY_VIEW[VIEWS.find((v) => v === view) ?? 'all'];
      if (sort === 'due' || sort === '-due') {
        // Stable: ties (no running clock) keep the number order, and come last either way.
        matching.sort((a, b) => {
          const [x, y] = [nearestDue(a), nearestDue(b)];
          if (x === y) return 0;
          if (x === Infinity) return 1;
          if (y === Infinity) return -1;
          return sort === 'due' ? x - y : y - x;
        });
      }
      if (sort === 'assignee' || sort === '-assignee') {
        // by name, unassigned first (the server's assignee_sort_key); stable on ties
        const key = (t: Ticket) => t.assignee?.name.toLowerCase() ?? '';
        matching.sort((a, b) => (sort === 'assignee' ? 1 : -1) * key(a).localeCompare(key(b)));
      }
      const items = matching.slice(offset, offset + limit);
      const nextCursor = offset + limit < matching.length ? String(offset + limit) : null;
      return json<TicketPage>({ items, nextCursor });
    }),
    http.patch('/api/tickets/bulk', async ({ request }) => {
      if (!signedIn) return unauthenticated();
      const items = (await request.json()) as (Record<string, unknown> & { id: string })[];
      const results = items.map((item) => {
        const current = tickets.get(item.id);
        return current
          ? apply(current, item)
          : {
              ok: false as const,
              kind: 'notFound' as const,
              errors: [{ field: 'id', message: 'unknown ticket' }],
              detail: '',
            };
      });
      const failures = results.flatMap((result, index) =>
        result.ok ? [] : [{ index, id: items[index]?.id ?? '', errors: result.errors }],
      );
      if (failures.length > 0) {
        return problem('bulkRejected', {
          detail: `${failures.length} of ${items.length} items were rejected; nothing was changed.`,
          items: failures,
        });
      }
      const updated = results.flatMap((r) => (r.ok ? [r.ticket] : []));
      for (const ticket of updated) tickets.set(ticket.id, ticket);
      return json<Ticket[]>(updated);
    }),
    http.patch('/api/tickets/:id', async ({ params, request }) => {
      if (!signedIn) return unauthenticated();
      const current = tickets.get(String(params.id));
      if (!current) return problem('notFound', { detail: 'Ticket not found.' });
      const result = apply(current, (await request.json()) as Record<string, unknown>);
      if (!result.ok) {
        if (result.kind === 'staleTicket') return problem('staleTicket', { detail: result.detail, ticket: current });
        if (result.kind === 'fieldConflict')
          return problem('fieldConflict', {
            detail: result.detail,
            errors: result.errors,
            conflicts: result.conflicts ?? [],
            ticket: current,
          });
        return problem(result.kind, { detail: result.detail, errors: result.errors });
      }
      tickets.set(result.ticket.id, result.ticket);
      return json<Ticket>(result.ticket);
    }),
    http.post('/api/tickets', async ({ request }) => {
      if (!signedIn) return unauthenticated();
      const body = (await request.json()) as Record<string, string | undefined>;
      const errors: { field: string; message: string }[] = [];
      if (!body.title?.trim()) errors.push({ field: 'title', message: 'must not be blank' });
      if (body.assigneeId && !MEMBERS.some((m) => m.id === body.assigneeId)) {
        errors.push({ field: 'assigneeId', message: 'is not a member of this organisation' });
      }
      if (errors.length > 0) return invalidInput(errors);
      const number = Math.max(0, ...[...tickets.values()].map((t) => t.number)) + 1;
      const queue = QUEUES.find((q) => q.id === body.queueId) ?? QUEUES[0]!;
      const assignee = MEMBERS.find((m) => m.id === body.assigneeId);
      const ticket: Ticket = {
        id: `t-${number}`,
        number,
        title: body.title ?? '',
        description: body.description ?? '',
        status: 'open',
        priority: (body.priority as Ticket['priority'] | undefined) ?? 'medium',
        queue: { id: queue.id, name: queue.name },
        assignee: assignee ? { id: assignee.id, name: assignee.name, email: assignee.email } : null,
        createdBy: ALICE,
        ...lifecycle('open'),
        descriptionHtml: renderComment(body.description ?? '').html,
        version: 0,
        createdAt: now(),
        updatedAt: now(),
        resolvedAt: null,
        closedAt: null,
        firstRespondedAt: null,
        sla: null,
      };
      tickets.set(ticket.id, ticket);
      return json<Ticket>(ticket, { status: 201, headers: { Location: `/api/tickets/${ticket.id}` } });
    }),
  ];
  server.use(...handlers);
  const { requests, mutations } = recordRequests();

  return {
    requests,
    /** Requests that changed something (what "reached the server"). */
    mutations,
    ticket: (id: string) => tickets.get(id),
    me: () => currentMe,
    inbox,
    comments: () => comments,
    attachments: () => attachments,
    /**
     * Another person's change as the server records it: a new version and one activity entry per
     * changed field (what a live `ticket.changed` then makes the app refetch). Returns the new version.
     */
    changeAs: (
      person: { id: string; name: string },
      id: string,
      change: Partial<Pick<Ticket, 'status' | 'priority' | 'title' | 'description'>>,
    ) => {
      const current = tickets.get(id);
      if (!current) throw new Error(`no ticket ${id}`);
      const status = change.status ?? current.status;
      const at = now();
      const updated = {
        ...current,
        ...change,
        ...(change.description === undefined ? {} : { descriptionHtml: renderComment(change.description).html }),
        ...lifecycle(status),
        version: current.version + 1,
        updatedAt: at,
      };
      tickets.set(id, updated);
      const list = activity.get(id) ?? [];
      for (const field of ['status', 'priority', 'title', 'description'] as const) {
        const value = change[field];
        if (value === undefined) continue;
        const label = (v: string) =>
          field === 'status' ? v.replace('_', ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : null;
        list.push({
          id: nextId('act'),
          actor: { id: person.id, name: person.name },
          at,
          action: 'changed',
          field,
          oldValue: current[field],
          newValue: value,
          oldLabel: label(current[field]),
          newLabel: label(value),
          automation: null,
          reason: null,
        });
      }
      activity.set(id, list);
      return updated.version;
    },
    /** Simulates another person's change. */
    changeBehindTheScenes: (id: string, change: Partial<Ticket>) => {
      const current = tickets.get(id);
      if (!current) throw new Error(`no ticket ${id}`);
      const status = change.status ?? current.status;
      tickets.set(id, { ...current, ...change, ...lifecycle(status), version: current.version + 1 });
    },
    expireSession: () => {
      signedIn = false;
    },
  };
}

export type FakeApi = ReturnType<typeof installFakeApi>;

/** A promise the test resolves when it wants the server to answer. */
export function deferred() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}
