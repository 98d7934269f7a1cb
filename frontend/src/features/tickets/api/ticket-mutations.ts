import {
  MutationObserver,
  notifyManager,
  useMutation,
  useQueryClient,
  type MutationObserverOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { isRecord, parseFieldErrors, type ApiProblem } from '@/lib/api-problem';
import { isTicket } from '../labels';
import type { BulkItemFailure, BulkTicketPatch, NewTicket, Ticket, TicketChanges, TicketExpected } from '../types';
import { invalidateTickets, writeTicket } from './ticket-cache';
import { ticketKeys } from './ticket-keys';
import { savingStore, type SentChange } from './ticket-saving';
import { showChangeToast, revertOf } from '../components/undo-toast';
import {
  changedField,
  conflictMessage,
  conflictSentence,
  failureMessage,
  fieldConflicts,
  seenValues,
} from './ticket-messages';
import { createTicket, patchTicket, patchTickets } from './tickets-api';

export interface UpdateTicketVariables {
  changes: TicketChanges;
  /** The values the change started from; default: the ticket on screen (what an inline control saw). */
  expected?: TicketExpected;
}

interface UpdateTicketOptions {
  toastOnSuccess?: boolean;
  errorsInPlace?: boolean;
}

/**
 * Changes one ticket on the server right away, with the values the person saw of the fields changed
 * (`expected`): someone else's change of another field does not stand in the way; a change of the same
 * field answers 409 `field-conflict`, which names who changed it and to what.
 * On success the server's ticket goes into the cache (so every control shows the server's value);
 * on 409 the problem's current ticket does. Either way, lists, counts, the ticket and its
 * activity are refreshed. Toasts say what happened; a conflict's stays until dismissed. A caller that
 * shows conflicts and field errors in place (`errorsInPlace`) gets no toast for them: one error, where
 * the person is looking.
 *
 * While it is in flight the change is in the saving store (ticket-saving.ts): the inline controls show `changes`
 * as pending (never as the value) and the ticket's other controls wait. It leaves the store with its answer, in
 * the same batch as the cache write and the toast, so the controls are usable as soon as the answer shows (a
 * shortcut pressed then is taken), not once the refresh after it settles.
 */
function updateTicketOptions(
  queryClient: QueryClient,
  ticket: Ticket,
  { toastOnSuccess = true, errorsInPlace = false }: UpdateTicketOptions = {},
): MutationObserverOptions<Ticket, ApiProblem, UpdateTicketVariables, SentChange> {
  const saving = savingStore(queryClient);
  return {
    mutationKey: ticketKeys.update(ticket.id),
    mutationFn: ({ changes, expected }) =>
      patchTicket(ticket.id, { ...changes, expected: expected ?? seenValues(ticket, changes) }),
    meta: { changes: 'tickets' },
    onMutate: ({ changes }) => saving.start(ticket.id, changes),
    onSuccess: (updated, { changes }, sent) => {
      notifyManager.batch(() => {
        writeTicket(queryClient, updated);
        saving.finish(sent);
        if (toastOnSuccess) {
          const field = changedField(changes);
          notifyManager.schedule(() => showChangeToast(queryClient, updated, field, revertOf(ticket, field)));
        }
      });
    },
    onError: (problem, { changes }, sent) => {
      notifyManager.batch(() => {
        const current = problem.status === 409 && isTicket(problem.ticket) ? problem.ticket : undefined;
        if (current) writeTicket(queryClient, current);
        saving.finish(sent);
        notifyManager.schedule(() => showFailure(problem, ticket, changes, current, errorsInPlace));
      });
    },
    onSettled: (_data, _error, _variables, sent) => {
      saving.finish(sent); // (already done, unless its answer could not be handled)
      invalidateTickets(queryClient, [ticket]);
    },
  };
}

function showFailure(
  problem: ApiProblem,
  ticket: Ticket,
  changes: TicketChanges,
  current: Ticket | undefined,
  errorsInPlace: boolean,
) {
  const field = changedField(changes);
  if (problem.status === 409) {
    if (errorsInPlace) return;
    const conflicts = fieldConflicts(problem);
    notifications.show({
      color: 'orange',
      title: `Not saved: #${ticket.number} changed meanwhile`,
      message:
        conflicts.length > 0
          ? conflicts.map(conflictSentence).join(' · ')
          : conflictMessage(ticket.number, current, field),
      // a conflict is something to read and decide on: it stays until dismissed
      autoClose: false,
      withCloseButton: true,
    });
  } else if (problem.status !== 401 && !(errorsInPlace && problem.status === 422)) {
    notifications.show({
      color: 'red',
      title: `Could not update #${ticket.number}`,
      message: failureMessage(problem),
    });
  }
}

/** A change of one ticket as a mutation of the component (its `isPending`, `mutateAsync`): forms, buttons. */
export function useUpdateTicket(ticket: Ticket, options: UpdateTicketOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation(updateTicketOptions(queryClient, ticket, options));
}

/**
 * The same change without a mutation observer in the component: the inline controls, rendered three per row in
 * long lists, read its progress from the saving store instead (`useSavingTickets`, `useTicketSaving`).
 */
export function changeTicket(queryClient: QueryClient, ticket: Ticket, variables: UpdateTicketVariables): void {
  const observer = new MutationObserver(queryClient, updateTicketOptions(queryClient, ticket));
  // failures are the options' onError's to show; once settled the mutation is left to the cache's clean-up
  void observer
    .mutate(variables)
    .catch(() => undefined)
    .finally(() => observer.reset());
}

export interface BulkFailureLine {
  number: number | undefined;
  id: string;
  message: string;
}

/** Maps a bulk 422's `items[]` back to the ticket numbers that were sent. */
export function bulkFailures(problem: ApiProblem, sent: Pick<Ticket, 'id' | 'number'>[]): BulkFailureLine[] {
  const items: BulkItemFailure[] = Array.isArray(problem.items)
    ? problem.items.filter(isRecord).map((item) => ({
        index: typeof item.index === 'number' ? item.index : -1,
        id: typeof item.id === 'string' ? item.id : '',
        errors: parseFieldErrors(item.errors),
        ticket: isTicket(item.ticket) ? item.ticket : undefined,
      }))
    : [];
  return items.map((item) => {
    const ticket = sent[item.index] ?? sent.find((t) => t.id === item.id);
    const message = item.errors.map((e) => e.message).join('; ') || 'rejected';
    return { number: ticket?.number ?? item.ticket?.number, id: item.id, message };
  });
}

export function staleBulkTickets(problem: ApiProblem): Ticket[] {
  if (!Array.isArray(problem.items)) return [];
  return problem.items
    .filter(isRecord)
    .map((item) => item.ticket)
    .filter(isTicket);
}

export interface BulkUpdateVariables {
  tickets: Ticket[];
  changes: TicketChanges;
}

/** One PATCH /api/tickets/bulk for all selected tickets; all or nothing on the server. */
export function useBulkUpdateTickets() {
  const queryClient = useQueryClient();
  return useMutation<Ticket[], ApiProblem, BulkUpdateVariables>({
    mutationFn: ({ tickets, changes }) =>
      patchTickets(tickets.map((t): BulkTicketPatch => ({ id: t.id, version: t.version, ...changes }))),
    meta: { changes: 'tickets' },
    onSuccess: (updated) => {
      for (const ticket of updated) writeTicket(queryClient, ticket);
      notifications.show({
        color: 'teal',
        message: `${updated.length} ticket${updated.length === 1 ? '' : 's'} updated`,
      });
    },
    onError: (problem) => {
      for (const ticket of staleBulkTickets(problem)) writeTicket(queryClient, ticket);
      if (problem.status !== 422 && problem.status !== 401) {
        notifications.show({ color: 'red', title: 'Bulk update failed', message: failureMessage(problem) });
      }
    },
    onSettled: (_data, _error, { tickets }) => invalidateTickets(queryClient, tickets),
  });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<Ticket, ApiProblem, NewTicket>({
    mutationFn: createTicket,
    meta: { changes: 'tickets' },
    onSuccess: (ticket) => {
      writeTicket(queryClient, ticket);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.counts() });
      notifications.show({ color: 'teal', message: `#${ticket.number} created` });
    },
  });
}
