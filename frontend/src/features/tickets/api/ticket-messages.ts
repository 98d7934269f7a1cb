import type { ApiProblem } from '@/lib/api-problem';
import { PRIORITY_LABELS, STATUS_LABELS } from '../labels';
import type { Ticket, TicketChanges, TicketField } from '../types';

/** The field a single-field change is about (inline controls change one field at a time). */
export function changedField(changes: TicketChanges): TicketField | undefined {
  return (Object.keys(changes) as TicketField[])[0];
}

/** "#12 moved to Closed", "#12 assigned to Alice Agent", "#12 priority set to High". */
export function successMessage(ticket: Ticket, field: TicketField | undefined): string {
  const ref = `#${ticket.number}`;
  switch (field) {
    case 'status':
      return `${ref} moved to ${STATUS_LABELS[ticket.status]}`;
    case 'priority':
      return `${ref} priority set to ${PRIORITY_LABELS[ticket.priority]}`;
    case 'assigneeId':
      return ticket.assignee ? `${ref} assigned to ${ticket.assignee.name}` : `${ref} unassigned`;
    case 'queueId':
      return `${ref} moved to the ${ticket.queue.name} queue`;
    case 'title':
      return `${ref} title saved`;
    case 'description':
      return `${ref} description saved`;
    default:
      return `${ref} updated`;
  }
}

/** What the field now is on the server, for "Someone else changed #12 — it is now …". */
export function currentValueText(ticket: Ticket, field: TicketField | undefined): string {
  switch (field) {
    case 'priority':
      return `${PRIORITY_LABELS[ticket.priority]} priority`;
    case 'assigneeId':
      return ticket.assignee ? `assigned to ${ticket.assignee.name}` : 'unassigned';
    case 'queueId':
      return `in the ${ticket.queue.name} queue`;
    case 'title':
      return `titled “${ticket.title}”`;
    default:
      return STATUS_LABELS[ticket.status];
  }
}

export function conflictMessage(number: number, current: Ticket | undefined, field: TicketField | undefined): string {
  return current
    ? `Someone else changed #${number} — it is now ${currentValueText(current, field)}`
    : `Someone else changed #${number} — reload to see the current state`;
}

export function failureMessage(problem: ApiProblem): string {
  const message = problem.humanMessage;
  return problem.errorId ? `${message} (error id ${problem.errorId})` : message;
}
