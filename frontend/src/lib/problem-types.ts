/**
 * The catalogue of problem types the server answers with (RFC 9457 `type` = base + slug), the same
 * slugs, statuses and titles as the server's `ProblemType` catalogue (docs/api.md lists them). The
 * app branches on status and `errors[]`; tests build their problem answers from here, so a test
 * double cannot invent a type the server never sends.
 */
export const PROBLEM_TYPE_BASE = 'https://worktrackr.io/problems/';

export const PROBLEM_TYPES = {
  malformedJson: { slug: 'malformed-json', status: 400, title: 'Malformed request body' },
  notAuthenticated: { slug: 'not-authenticated', status: 401, title: 'Not signed in' },
  /** The session was ended on purpose: password changed, signed out elsewhere, deactivated. */
  sessionEnded: { slug: 'session-ended', status: 401, title: 'Signed out elsewhere' },
  forbidden: { slug: 'forbidden', status: 403, title: 'Not allowed' },
  csrf: { slug: 'csrf', status: 403, title: 'CSRF token missing or invalid' },
  notFound: { slug: 'not-found', status: 404, title: 'Not found' },
  conflict: { slug: 'conflict', status: 409, title: 'Conflict' },
  staleTicket: { slug: 'stale-ticket', status: 409, title: 'Ticket changed meanwhile' },
  /** A field the request changes was changed by someone else since it was seen; `conflicts`, `ticket`. */
  fieldConflict: { slug: 'field-conflict', status: 409, title: 'Changed by someone else' },
  emailTaken: { slug: 'email-taken', status: 409, title: 'E-mail already registered' },
  alreadyMember: { slug: 'already-member', status: 409, title: 'Already added' },
  lastAdmin: { slug: 'last-admin', status: 409, title: 'Last admin' },
  queueNameTaken: { slug: 'queue-name-taken', status: 409, title: 'Queue name taken' },
  queueNotEmpty: { slug: 'queue-not-empty', status: 409, title: 'Queue holds active tickets' },
  commentRedacted: { slug: 'comment-redacted', status: 409, title: 'Comment redacted' },
  /** Retrying or discarding an outbox e-mail that is sent, cancelled, being sent, or an invitation given up. */
  emailNotWaiting: { slug: 'email-not-waiting', status: 409, title: 'E-mail not waiting' },
  /** Joining another organisation in the app needs an address proven by a link sent to it. */
  emailUnverified: { slug: 'email-unverified', status: 403, title: 'E-mail address not verified' },
  /** Accepting an invitation in the app after it expired with its e-mailed link; an admin can invite again. */
  invitationExpired: { slug: 'invitation-expired', status: 410, title: 'Invitation expired' },
  emailLinkInvalid: { slug: 'email-link-invalid', status: 404, title: 'E-mail confirmation link invalid' },
  passwordResetLinkInvalid: {
    slug: 'password-reset-link-invalid',
    status: 404,
    title: 'Password reset link invalid',
  },
  payloadTooLarge: { slug: 'payload-too-large', status: 413, title: 'Request body too large' },
  /** An upload over the per-file limit: the same slug as any body too large, a title that names the file. */
  fileTooLarge: { slug: 'payload-too-large', status: 413, title: 'File too large' },
  tooManyAttachments: { slug: 'too-many-attachments', status: 413, title: 'Too many files' },
  invalidInput: { slug: 'invalid-input', status: 422, title: 'Invalid input' },
  illegalTransition: { slug: 'illegal-transition', status: 422, title: 'Status change not allowed' },
  bulkRejected: { slug: 'bulk-rejected', status: 422, title: 'Bulk update rejected' },
  /** A closed ticket's fields are read-only until it is reopened. */
  ticketClosed: { slug: 'ticket-closed', status: 422, title: 'Ticket closed' },
  tooManySignInAttempts: { slug: 'too-many-sign-in-attempts', status: 429, title: 'Too many sign-in attempts' },
  tooManyPasswordResets: {
    slug: 'too-many-password-resets',
    status: 429,
    title: 'Too many password reset requests',
  },
  /** Too many sign-ups from one client, or members added in one organisation; `retryAfterSeconds`. */
  tooManyRequests: { slug: 'too-many-requests', status: 429, title: 'Too many requests' },
  internalError: { slug: 'internal-error', status: 500, title: 'Something went wrong' },
  storageUnavailable: { slug: 'storage-unavailable', status: 503, title: 'Attachment storage unavailable' },
  storageFull: { slug: 'storage-full', status: 507, title: 'Attachment storage full' },
} as const satisfies Record<string, { slug: string; status: number; title: string }>;

export type ProblemTypeName = keyof typeof PROBLEM_TYPES;
export type ProblemType = (typeof PROBLEM_TYPES)[ProblemTypeName];

/** `https://worktrackr.io/problems/<slug>` */
export const problemTypeUri = (name: ProblemTypeName): string => PROBLEM_TYPE_BASE + PROBLEM_TYPES[name].slug;
