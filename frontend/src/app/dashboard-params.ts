import type { ApiProblem } from '@/lib/api-problem';
import { problemTypeUri } from '@/lib/problem-types';
import {
  defaultSort,
  PRIORITIES,
  SORT_FIELDS,
  STATUSES,
  VIEWS,
  filtersForView,
  type Priority,
  type TicketListFilters,
  type TicketSort,
  type TicketStatus,
  type TicketView,
} from '@/features/tickets';

/** The dashboard's state lives in the URL: /?view=open&priority=high&sort=-updated&q=foo */
export const DEFAULT_VIEW: TicketView = 'my';

const isView = (value: string | null): value is TicketView =>
  value !== null && (VIEWS as readonly string[]).includes(value);
const isPriority = (value: string | null): value is Priority =>
  value !== null && (PRIORITIES as readonly string[]).includes(value);
const isStatus = (value: string): value is TicketStatus => (STATUSES as readonly string[]).includes(value);
const isSort = (value: string | null): value is TicketSort =>
  value !== null && (SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));

/**
 * Search words as the server accepts them: a pasted tab, line break or other control character becomes a space
 * (the API refuses control characters in `q`; a person searching means the words, not the layout).
 */
function searchText(value: string | null): string | undefined {
  return value?.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

export function filtersFromParams(params: URLSearchParams): TicketListFilters {
  const filters: TicketListFilters = {
    view: isView(params.get('view')) ? (params.get('view') as TicketView) : DEFAULT_VIEW,
  };
  const queueId = params.get('queueId');
  const priority = params.get('priority');
  const assigneeId = params.get('assigneeId');
  const q = searchText(params.get('q'));
  const sort = params.get('sort');
  const status = (params.get('status') ?? '').split(',').filter(isStatus);
  if (queueId) filters.queueId = queueId;
  if (status.length > 0) filters.status = [...new Set(status)];
  if (isPriority(priority)) filters.priority = priority;
  if (assigneeId) filters.assigneeId = assigneeId;
  if (q) filters.q = q;
  if (isSort(sort) && sort !== defaultSort(filters.view)) filters.sort = sort;
  return filtersForView(filters);
}

export function paramsFromFilters(filters: TicketListFilters): URLSearchParams {
  const params = new URLSearchParams();
  params.set('view', filters.view);
  if (filters.queueId) params.set('queueId', filters.queueId);
  if (filters.status && filters.status.length > 0) params.set('status', filters.status.join(','));
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.assigneeId) params.set('assigneeId', filters.assigneeId);
  if (filters.sort && filters.sort !== defaultSort(filters.view)) params.set('sort', filters.sort);
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** Where to send someone after sign-in: only paths inside this app. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** Why the person is asked to sign in (again): the session timed out, or was ended from elsewhere. */
export type SignInReason = 'expired' | 'ended';

export function loginPath(next: string, reason: SignInReason | boolean): string {
  const params = new URLSearchParams();
  if (next && next !== '/') params.set('next', next);
  if (reason === 'ended') params.set('ended', '1');
  else if (reason) params.set('expired', '1');
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** A 401 saying `session-ended` means someone ended this session (password change, sign-out elsewhere, deactivation). */
export function signInReason(problem: ApiProblem): SignInReason {
  return problem.type === problemTypeUri('sessionEnded') ? 'ended' : 'expired';
}
