import { http, HttpResponse } from 'msw';
import type {
  AdminQueue,
  ApiToken,
  AuditPage,
  DirectoryMember,
  DirectoryPage,
  InvitationPreview,
  IssuedInvitation,
  IssuedToken,
  Me,
  Member,
  Organisation,
  QueueMember,
  SentInvitation,
  SignInSession,
  Ticket,
  TicketPage,
} from '@/lib/api-schema';
import { ALICE, BOB, ME, ORG } from './fixtures';
import { csrfHandler, json, recordRequests } from './handlers';
import { fakeInbox } from './fake-notifications';
import { invalidInput, problem } from './problems';
import { server } from './server';

export interface FakeAdminApiOptions {
  me?: Me;
  directory?: DirectoryMember[];
  queues?: AdminQueue[];
  /** Active tickets per assignee id (for the reassignment after deactivating). */
  tickets?: Ticket[];
  /** The invitation tokens the preview knows. */
  invitationTokens?: Record<string, InvitationPreview>;
  /** Nobody is signed in (401 for /api/me) until an invitation link is accepted. */
  signedOut?: boolean;
}

export const aDirectoryMember = (overrides: Partial<DirectoryMember> = {}): DirectoryMember => ({
  id: ALICE.id,
  name: ALICE.name,
  email: ALICE.email,
  role: 'admin',
  status: 'active',
  lastSeenAt: '2026-11-26T09:00:00Z',
  assignedActiveCount: 0,
  ...overrides,
});

export const anAdminQueue = (overrides: Partial<AdminQueue> = {}): AdminQueue => ({
  id: 'q-general',
  name: 'General',
  isDefault: true,
  archived: false,
  activeCount: 0,
  position: 0,
  mine: false,
  ...overrides,
});

const DEFAULT_DIRECTORY = [
  aDirectoryMember(),
  aDirectoryMember({ id: BOB.id, name: BOB.name, email: BOB.email, role: 'agent', assignedActiveCount: 2 }),
];
const DEFAULT_QUEUES = [
  anAdminQueue(),
  anAdminQueue({ id: 'q-billing', name: 'Billing', isDefault: false, position: 1, activeCount: 3 }),
];

/**
 * An in-memory organisation for the Settings pages: the member directory (with the last-admin rule),
 * invitations, queues (archive answers 409 queue-not-empty without a target), organisation, profile,
 * sessions, tokens and the audit trail. Answers are typed with the contract's types, problems come
 * from the server's catalogue.
 */
export function installFakeAdminApi(options: FakeAdminApiOptions = {}) {
  let me: Me = structuredClone({ ...(options.me ?? ME), timeZone: 'Europe/Berlin', colour: null });
  const directory = structuredClone(options.directory ?? DEFAULT_DIRECTORY);
  const queues = structuredClone(options.queues ?? DEFAULT_QUEUES);
  const queueMembers = new Map<string, string[]>();
  const invitations: SentInvitation[] = [];
  let organisation: Organisation = { id: ORG.id, name: ORG.name, timeZone: 'UTC' };
  let sessions: SignInSession[] = [
    {
      id: 's-1',
      device: 'Chromium on Linux',
      createdAt: '2026-11-25T09:00:00Z',
      lastUsedAt: '2026-11-26T09:00:00Z',
      current: true,
    },
    {
      id: 's-2',
      device: 'Firefox on Windows',
      createdAt: '2026-11-20T09:00:00Z',
      lastUsedAt: '2026-11-24T09:00:00Z',
      current: false,
    },
  ];
  const tokens: ApiToken[] = [];
  const tickets = structuredClone(options.tickets ?? []);
  let ids = 0;
  const nextId = (prefix: string) => `${prefix}-${(ids += 1)}`;
  const asMember = (m: DirectoryMember): Member => ({ id: m.id, name: m.name, email: m.email, role: m.role });
  const person = (id: string): QueueMember | undefined => {
    const m = directory.find((d) => d.id === id);
    return m && { id: m.id, name: m.name, email: m.email };
  };
  const activeAdmins = () => directory.filter((m) => m.role === 'admin' && m.status === 'active');
  const lastAdmin = () => problem('lastAdmin', { detail: 'An organisation needs at least one admin.' });

  const inbox = fakeInbox();
  let signedIn = !options.signedOut;

  const handlers = [
    csrfHandler,
    ...inbox.handlers,
    http.get('/api/me', () => (signedIn ? json<Me>(me) : problem('notAuthenticated', { detail: 'Sign in first.' }))),
    http.patch('/api/me', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      if (typeof body.name === 'string' && !body.name.trim()) {
        return invalidInput([{ field: 'name', message: 'must not be blank' }]);
      }
      me = {
        ...me,
        user: { ...me.user, name: typeof body.name === 'string' ? body.name : me.user.name },
        timeZone: typeof body.timeZone === 'string' ? body.timeZone : me.timeZone,
        colour: typeof body.colour === 'string' ? body.colour : me.colour,
      };
      return json<Me>(me);
    }),
    http.post('/api/me/email', async ({ request }) => {
      const body = (await request.json()) as { email: string; currentPassword: string };
      if (body.currentPassword !== 'correct horse') {
        return invalidInput([{ field: 'currentPassword', message: 'is not your current password' }]);
      }
      if (!body.email.includes('@')) return invalidInput([{ field: 'email', message: 'must be an e-mail address' }]);
      // nothing changes until the link sent to the new address is used
      me = { ...me, pendingEmail: body.email.toLowerCase() };
      return json({ message: 'Check the inbox of the new address.' }, { status: 202 });
    }),
    http.put('/api/me/password', async ({ request }) => {
      const body = (await request.json()) as { currentPassword: string; newPassword: string };
      if (body.currentPassword !== 'correct horse') {
        return invalidInput([{ field: 'currentPassword', message: 'is not your current password' }]);
      }
      if (body.newPassword.length < 8)
        return invalidInput([{ field: 'newPassword', message: 'must be at least 8 characters' }]);
      sessions = sessions.filter((s) => s.current);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/me/sessions', () => json<SignInSession[]>(sessions)),
    http.delete('/api/me/sessions', () => {
      sessions = sessions.filter((s) => s.current);
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('/api/me/sessions/:id', ({ params }) => {
      sessions = sessions.filter((s) => s.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/me/tokens', () => json<ApiToken[]>(tokens)),
    http.post('/api/me/tokens', async ({ request }) => {
      const body = (await request.json()) as { name: string };
      if (!body.name.trim()) return invalidInput([{ field: 'name', message: 'must not be blank' }]);
      const token: IssuedToken = {
        id: nextId('tok'),
        name: body.name,
        createdAt: '2026-11-26T10:00:00Z',
        token: 'wt_secret_once',
      };
      tokens.push({ id: token.id, name: token.name, createdAt: token.createdAt, lastUsedAt: null });
      return json<IssuedToken>(token, { status: 201 });
    }),
    http.delete('/api/me/tokens/:id', ({ params }) => {
      const index = tokens.findIndex((t) => t.id === params.id);
      if (index >= 0) tokens.splice(index, 1);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/organisation', () => json<Organisation>(organisation)),
    http.patch('/api/organisation', async ({ request }) => {
      const body = (await request.json()) as Partial<Organisation>;
      if (body.name !== undefined && !body.name.trim()) {
        return invalidInput([{ field: 'name', message: 'must not be blank' }]);
      }
      organisation = { ...organisation, ...body };
      return json<Organisation>(organisation);
    }),
    http.get('/api/members', () => json<Member[]>(directory.filter((m) => m.status === 'active').map(asMember))),
    http.get('/api/members/directory', ({ request }) => {
      const url = new URL(request.url);
      const q = url.searchParams.get('q')?.toLowerCase();
      const status = url.searchParams.get('status');
      const limit = Number(url.searchParams.get('limit') ?? '50');
      const start = Number(url.searchParams.get('cursor') ?? '0');
      const all = directory.filter(
        (m) => (!q || m.name.toLowerCase().includes(q) || m.email.includes(q)) && (!status || m.status === status),
      );
      const items = all.slice(start, start + limit);
      return json<DirectoryPage>({ items, nextCursor: start + limit < all.length ? String(start + limit) : null });
    }),
    http.patch('/api/members/:id', async ({ params, request }) => {
      const member = directory.find((m) => m.id === params.id);
      if (!member) return problem('notFound', { detail: 'Member not found.' });
      const body = (await request.json()) as { role?: 'admin' | 'agent'; status?: 'active' | 'deactivated' };
      const losesAdmin =
        member.role === 'admin' &&
        member.status === 'active' &&
        (body.role === 'agent' || body.status === 'deactivated');
      if (losesAdmin && activeAdmins().length === 1) return lastAdmin();
      if (body.role) member.role = body.role;
      if (body.status) member.status = body.status;
      return json<DirectoryMember>(member);
    }),
    http.delete('/api/members/:id/invitation', ({ params }) => {
      // as the server: an invitation, open or expired, ends with its links; the row leaves the directory
      const index = directory.findIndex(
        (m) => m.id === params.id && (m.status === 'invited' || m.status === 'expired'),
      );
      if (index < 0) return problem('notFound', { detail: 'Invitation not found.' });
      const [withdrawn] = directory.splice(index, 1);
      for (let i = invitations.length - 1; i >= 0; i -= 1) {
        if (invitations[i]?.email === withdrawn?.email) invitations.splice(i, 1);
      }
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/invitations', () => json<SentInvitation[]>(invitations)),
    http.post('/api/invitations', async ({ request }) => {
      const body = (await request.json()) as { email: string; role: 'admin' | 'agent' };
      if (!body.email.includes('@')) return invalidInput([{ field: 'email', message: 'must be an e-mail address' }]);
      const id = nextId('inv');
      // as the server: an invitation in the app of the address lives as long as its newest link
      for (const member of directory) {
        if (member.email === body.email && member.status === 'expired') {
          member.status = 'invited';
          member.role = body.role;
        }
      }
      invitations.push({
        id,
        email: body.email,
        role: body.role,
        invitedBy: { id: me.user.id, name: me.user.name },
        createdAt: '2026-11-26T10:00:00Z',
        expiresAt: '2026-12-03T10:00:00Z',
      });
      return json<IssuedInvitation>(
        {
          id,
          email: body.email,
          role: body.role,
          expiresAt: '2026-12-03T10:00:00Z',
          acceptUrl: `http://localhost/invitations/accept#token=tok-${id}`,
        },
        { status: 201 },
      );
    }),
    http.delete('/api/invitations/:id', ({ params }) => {
      const index = invitations.findIndex((i) => i.id === params.id);
      if (index >= 0) invitations.splice(index, 1);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('/api/invitations/preview', async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      const preview = options.invitationTokens?.[token];
      return preview ? json<InvitationPreview>(preview) : problem('notFound', { detail: 'Invitation not found.' });
    }),
    http.post('/api/invitations/accept', async ({ request }) => {
      const body = (await request.json()) as { token: string; name?: string; password?: string };
      const preview = options.invitationTokens?.[body.token];
      if (!preview) return problem('notFound', { detail: 'Invitation not found.' });
      if (signedIn && me.user.email !== preview.email) {
        return problem('forbidden', { detail: `This invitation is for ${preview.email}: sign out first.` });
      }
      if (!signedIn && preview.accountExists) {
        return problem('notAuthenticated', { detail: `Sign in as ${preview.email} first.` });
      }
      if (!signedIn && (body.password ?? '').length < 8) {
        return invalidInput([{ field: 'password', message: 'must be at least 8 characters' }]);
      }
      signedIn = true;
      const organisation = { id: 'org-new', name: preview.organisationName };
      me = {
        ...me,
        user: { id: 'u-new', name: body.name ?? 'Existing', email: preview.email },
        memberships: [{ organisationId: organisation.id, organisationName: organisation.name, role: 'agent' }],
        currentOrganisation: { ...organisation, role: 'agent' },
      };
      return json<Me>(me);
    }),
    http.get('/api/queues', () => json<AdminQueue[]>(queues)),
    http.post('/api/queues', async ({ request }) => {
      const body = (await request.json()) as { name: string };
      if (queues.some((q) => q.name === body.name)) {
        return problem('queueNameTaken', { detail: `A queue named ${body.name} exists.` });
      }
      const queue = anAdminQueue({ id: nextId('q'), name: body.name, isDefault: false, position: queues.length });
      queues.push(queue);
      return json<AdminQueue>(queue, { status: 201 });
    }),
    http.put('/api/queues/order', async ({ request }) => {
      const { queueIds } = (await request.json()) as { queueIds: string[] };
      if (queueIds.length !== queues.length || queues.some((q) => !queueIds.includes(q.id))) {
        return invalidInput([
          { field: 'queueIds', message: 'must list every queue of this organisation exactly once' },
        ]);
      }
      queueIds.forEach((id, position) => {
        const queue = queues.find((q) => q.id === id);
        if (queue) queue.position = position;
      });
      return json<AdminQueue[]>([...queues].sort((a, b) => a.position - b.position));
    }),
    http.patch('/api/queues/:id', async ({ params, request }) => {
      const queue = queues.find((q) => q.id === params.id);
      if (!queue) return problem('notFound', { detail: 'Queue not found.' });
      const body = (await request.json()) as Record<string, unknown>;
      if (body.archived === true && queue.activeCount > 0) {
        const target = queues.find((q) => q.id === body.moveActiveTicketsTo);
        if (!target) {
          return problem('queueNotEmpty', {
            detail: 'The queue holds active tickets: say where to move them.',
            activeCount: queue.activeCount,
          });
        }
        target.activeCount += queue.activeCount;
        queue.activeCount = 0;
      }
      if (typeof body.name === 'string') queue.name = body.name;
      if (typeof body.archived === 'boolean') queue.archived = body.archived;
      if (body.isDefault === true) for (const q of queues) q.isDefault = q === queue;
      return json<AdminQueue>(queue);
    }),
    http.get('/api/queues/:id/members', ({ params }) =>
      json<QueueMember[]>((queueMembers.get(String(params.id)) ?? []).flatMap((id) => person(id) ?? [])),
    ),
    http.put('/api/queues/:id/members', async ({ params, request }) => {
      const { userIds } = (await request.json()) as { userIds: string[] };
      queueMembers.set(String(params.id), userIds);
      return json<QueueMember[]>(userIds.flatMap((id) => person(id) ?? []));
    }),
    http.get('/api/tickets', ({ request }) => {
      const assigneeId = new URL(request.url).searchParams.get('assigneeId');
      return json<TicketPage>({ items: tickets.filter((t) => t.assignee?.id === assigneeId), nextCursor: null });
    }),
    http.patch('/api/tickets/bulk', async ({ request }) => {
      const items = (await request.json()) as { id: string; assigneeId: string | null }[];
      const updated = items.flatMap((item) => {
        const ticket = tickets.find((t) => t.id === item.id);
        if (!ticket) return [];
        const assignee = item.assigneeId ? person(item.assigneeId) : undefined;
        ticket.assignee = assignee ?? null;
        ticket.version += 1;
        return [ticket];
      });
      return json<Ticket[]>(updated);
    }),
    http.get('/api/tickets/counts', () =>
      json({
        views: { my: 0, unassigned: 0, active: 0, open: 0, in_progress: 0, pending: 0, resolved: 0, closed: 0, all: 0 },
        queues: [],
      }),
    ),
    http.get('/api/audit', ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      const entry = (n: number) => ({
        id: `au-${n}`,
        at: '2026-11-26T09:00:00Z',
        actor: { id: ALICE.id, name: ALICE.name },
        action: 'member.role_changed',
        summary: `changed entry ${n}`,
        details: { n },
      });
      const retried = {
        id: 'au-0',
        at: '2026-11-26T09:05:00Z',
        actor: { id: ALICE.id, name: ALICE.name },
        action: 'email.retried',
        summary: `Retried the notification e-mail to ${BOB.name} <${BOB.email}>: [#1] VPN drops every hour`,
        details: { emailId: 'e-1', kind: 'notification', recipientId: BOB.id, notificationId: 'n-1' },
      };
      return json<AuditPage>(
        cursor
          ? { items: [entry(3)], nextCursor: null }
          : { items: [retried, entry(1), entry(2)], nextCursor: 'page-2' },
      );
    }),
  ];
  server.use(...handlers);
  const { requests, mutations } = recordRequests();
  return {
    requests,
    mutations,
    me: () => me,
    directory: () => directory,
    queues: () => queues,
    tickets: () => tickets,
    endSession: () =>
      server.use(
        http.get('/api/me', () => problem('sessionEnded', { detail: 'This session was ended.' })),
        http.all('/api/*', () => problem('sessionEnded', { detail: 'This session was ended.' })),
      ),
  };
}
