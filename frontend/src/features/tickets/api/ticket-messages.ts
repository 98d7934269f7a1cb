import { isRecord, type ApiProblem } from '@/lib/api-problem';
import { PROBLEM_TYPE_BASE, PROBLEM_TYPES } from '@/lib/problem-types';
import { PRIORITY_LABELS, STATUS_LABELS } from '../labels';
import type { Ticket, TicketChanges, TicketExpected, TicketField, TicketFieldConflict } from '../types';

/**
 * What the person saw of the fields they change, from the ticket on screen: sent as `expected`, so
 * that only a change of those same fields by someone else refuses the change (409 field-conflict).
 */
export function seenValues(ticket: Ticket, changes: TicketChanges): TicketExpected {
  const expected: TicketExpected = {};
  for (const field of Object.keys(changes) as TicketField[]) {
    switch (field) {
      case 'status':
        expected.status = ticket.status;
        break;
      case 'priority':
        expected.priority = ticket.priority;
        break;
      case 'assigneeId':
        expected.assigneeId = ticket.assignee?.id ?? null;
        break;
      case 'queueId':
        expected.queueId = ticket.queue.id;
        break;
      case 'title':
        expected.title = ticket.title;
        break;
      case 'description':
        expected.description = ticket.description;
        break;
    }
  }
  return expected;
}

const FIELD_WORDS: Record<TicketField, string> = {
  status: 'status',
  priority: 'priority',
  assigneeId: 'assignee',
  queueId: 'queue',
  title: 'title',
  description: 'description',
};
const CONFLICT_FIELDS = new Set<string>(Object.keys(FIELD_WORDS));

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The conflicts of a 409 `field-conflict` answer (empty for any other problem). */
export function fieldConflicts(problem: ApiProblem | null | undefined): TicketFieldConflict[] {
  if (!problem || problem.type !== PROBLEM_TYPE_BASE + PROBLEM_TYPES.fieldConflict.slug) return [];
  const list = problem.properties.conflicts;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((c) => {
    if (typeof c.field !== 'string' || !CONFLICT_FIELDS.has(c.field)) return [];
    const by = isRecord(c.changedBy) ? c.changedBy : null;
    return [
      {
        field: c.field as TicketField,
        expected: text(c.expected),
        yours: text(c.yours),
        theirs: text(c.theirs),
        theirsLabel: text(c.theirsLabel),
        changedBy:
          by && typeof by.id === 'string'
            ? { id: by.id, name: text(by.name) ?? 'Someone', email: text(by.email) ?? '' }
            : null,
        changedAt: text(c.changedAt),
        automationRule: text(c.automationRule),
      },
    ];
  });
}

/** "Bob Builder changed the priority to “High”" — who, from the server's activity log. */
export function conflictSentence(conflict: TicketFieldConflict): string {
  const who =
    conflict.changedBy?.name ??
    (conflict.automationRule ? `Automation rule “${conflict.automationRule}”` : 'Someone else');
  const what = FIELD_WORDS[conflict.field];
  if (conflict.field === 'description') return `${who} changed the description meanwhile`;
  return `${who} changed the ${what} to “${conflict.theirsLabel ?? conflict.theirs ?? 'nothing'}” meanwhile`;
}

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
