import { HttpResponse } from 'msw';
import type { FieldError } from '@/lib/api-problem';
import type { Ticket, TicketFieldConflict } from '@/lib/api-schema';
import { PROBLEM_TYPES, problemTypeUri, type ProblemTypeName } from '@/lib/problem-types';

/** The extension members the server adds to some problems (docs/api.md). */
export interface ProblemExtras {
  detail?: string;
  errors?: FieldError[];
  /** 409 stale-ticket: the ticket as the server holds it now. */
  ticket?: Ticket;
  /** 409 field-conflict: per field, what was seen, sent, what it is now and who changed it. */
  conflicts?: TicketFieldConflict[];
  /** 422 illegal-transition: the statuses the ticket may move to. */
  allowed?: string[];
  /** 422 bulk-rejected: the items that failed. */
  items?: { index: number; id: string; errors: FieldError[] }[];
  /** 413 payload-too-large for a file: the limit in bytes. */
  maxFileSize?: number;
  /** 409 queue-not-empty: how many active tickets the queue holds. */
  activeCount?: number;
  /** 5xx: the id the server logged. */
  errorId?: string;
}

/**
 * An `application/problem+json` answer of one of the server's problem types (src/lib/problem-types.ts):
 * `type`, `title` and `status` come from the catalogue, so tests and the fake cannot drift from the server.
 */
export function problem(name: ProblemTypeName, extras: ProblemExtras = {}) {
  const { status, title } = PROBLEM_TYPES[name];
  return HttpResponse.json(
    { type: problemTypeUri(name), title, status, ...extras },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** 422 invalid-input with field errors, as the server's validation answers. */
export const invalidInput = (errors: FieldError[], detail = 'The request is not valid.') =>
  problem('invalidInput', { detail, errors });
