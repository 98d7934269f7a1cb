package io.worktrackr.common;

import java.net.URI;

/**
 * The catalogue of every problem type the API answers with: a stable slug (the last part of the {@code type}
 * URI), the HTTP status and the human title. The one home of these strings on the server; docs/api.md
 * lists them, and the web app keeps a catalogue with the same slugs.
 *
 * <p>Spring MVC's own failures (405, 406, 415, an unknown path) answer {@code http-<status>}, see {@link
 * #forHttpStatus(int)}.
 */
public enum ProblemType {
    MALFORMED_JSON("malformed-json", 400, "Malformed request body"),
    NOT_AUTHENTICATED("not-authenticated", 401, "Not signed in"),
    /** The browser session was ended on purpose: password changed, signed out elsewhere, deactivated. */
    SESSION_ENDED("session-ended", 401, "Signed out elsewhere"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    CSRF("csrf", 403, "CSRF token missing or invalid"),
    NOT_FOUND("not-found", 404, "Not found"),
    CONFLICT("conflict", 409, "Conflict"),
    STALE_TICKET("stale-ticket", 409, "Ticket changed meanwhile"),
    /** A field the request changes was changed by someone else since the client saw it (per-field check). */
    FIELD_CONFLICT("field-conflict", 409, "Changed by someone else"),
    EMAIL_TAKEN("email-taken", 409, "E-mail already registered"),
    ALREADY_MEMBER("already-member", 409, "Already added"),
    LAST_ADMIN("last-admin", 409, "Last admin"),
    QUEUE_NAME_TAKEN("queue-name-taken", 409, "Queue name taken"),
    QUEUE_NOT_EMPTY("queue-not-empty", 409, "Queue holds active tickets"),
    COMMENT_REDACTED("comment-redacted", 409, "Comment redacted"),
    /** Retrying or discarding an outbox e-mail that is sent, cancelled, being sent, or cannot be rendered again. */
    EMAIL_NOT_WAITING("email-not-waiting", 409, "E-mail not waiting"),
    /** A "forgot password" link that is unknown, already used or expired (all alike). */
    PASSWORD_RESET_LINK_INVALID("password-reset-link-invalid", 404, "Password reset link invalid"),
    /** An e-mail confirmation link that is unknown, already used or expired (all alike). */
    EMAIL_LINK_INVALID("email-link-invalid", 404, "E-mail confirmation link invalid"),
    /** Joining another organisation in the app needs a verified e-mail address (proven by a link sent to it). */
    EMAIL_UNVERIFIED("email-unverified", 403, "E-mail address not verified"),
    /** Accepting an invitation in the app after it expired with its e-mailed link; an admin can invite again. */
    INVITATION_EXPIRED("invitation-expired", 410, "Invitation expired"),
    /** A JSON request body over {@code worktrackr.http.max-json-body}. */
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    /** An upload over the per-file limit: the same slug as any body too large, a title that names the file. */
    FILE_TOO_LARGE("payload-too-large", 413, "File too large"),
    TOO_MANY_ATTACHMENTS("too-many-attachments", 413, "Too many files"),
    INVALID_INPUT("invalid-input", 422, "Invalid input"),
    ILLEGAL_TRANSITION("illegal-transition", 422, "Status change not allowed"),
    BULK_REJECTED("bulk-rejected", 422, "Bulk update rejected"),
    /** A closed ticket's fields are read-only until it is reopened. */
    TICKET_CLOSED("ticket-closed", 422, "Ticket closed"),
    TOO_MANY_SIGN_IN_ATTEMPTS("too-many-sign-in-attempts", 429, "Too many sign-in attempts"),
    /** Too many "forgot password" requests from one client; answered with {@code retryAfterSeconds}. */
    TOO_MANY_PASSWORD_RESETS("too-many-password-resets", 429, "Too many password reset requests"),
    /** Too many sign-ups from one client, or members added in one organisation; answered with {@code retryAfterSeconds}. */
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL_ERROR("internal-error", 500, "Something went wrong"),
    /** The attachment storage is out of reach, read-only, or lost the bytes; nothing was changed. */
    STORAGE_UNAVAILABLE("storage-unavailable", 503, "Attachment storage unavailable"),
    /** The attachment storage has no room left; nothing was stored. */
    STORAGE_FULL("storage-full", 507, "Attachment storage full"),
    /** The database is out of reach (no connection within the pool's bound); answered with {@code Retry-After}. */
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable");

    /** Every problem type URI starts with this; the slug follows. */
    public static final String TYPE_BASE = "https://worktrackr.io/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** {@code https://worktrackr.io/problems/<slug>} */
    public URI uri() {
        return URI.create(TYPE_BASE + slug);
    }

    /** The type of a failure Spring MVC answers itself (405, 406, 415, no handler): {@code http-<status>}. */
    public static URI forHttpStatus(int status) {
        return URI.create(TYPE_BASE + "http-" + status);
    }
}
