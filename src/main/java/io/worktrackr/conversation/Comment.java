package io.worktrackr.conversation;

import io.worktrackr.common.Forbidden;
import io.worktrackr.common.Ids;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reply or internal note on a ticket. The raw Markdown is the truth; HTML is rendered from it when read.
 * Guards its own rules: only the author edits, nothing changes once redacted. Written by a person
 * ({@code authorId}) or by an automation rule ({@code automation}, no person): exactly one of the two.
 */
record Comment(
        UUID id,
        UUID organisationId,
        UUID ticketId,
        @Nullable UUID authorId,
        @Nullable AutomationAuthor automation,
        Visibility visibility,
        String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant redactedAt,
        @Nullable UUID redactedBy) {

    static final int MAX_BODY = 20_000;

    static Comment post(
            UUID organisationId, UUID ticketId, UUID authorId, Visibility visibility, String body, Instant now) {
        return new Comment(
                Ids.timeOrdered(),
                organisationId,
                ticketId,
                authorId,
                null,
                visibility,
                checkBody(body),
                now,
                null,
                null,
                null);
    }

    /** An internal note an automation rule adds: no person wrote it, so nobody may edit it (admins may redact). */
    static Comment noteByAutomation(
            UUID organisationId, UUID ticketId, AutomationAuthor rule, String body, Instant now) {
        return new Comment(
                Ids.timeOrdered(),
                organisationId,
                ticketId,
                null,
                rule,
                Visibility.INTERNAL,
                checkBody(body),
                now,
                null,
                null,
                null);
    }

    boolean redacted() {
        return redactedAt != null;
    }

    boolean edited() {
        return editedAt != null;
    }

    /** When the current text was written: the last edit, or the posting. */
    Instant writtenAt() {
        return editedAt != null ? editedAt : createdAt;
    }

    void requireEditableBy(Actor actor) {
        if (redacted()) {
            throw new CommentAlreadyRedacted(id);
        }
        if (!actor.userId().equals(authorId)) {
            throw new Forbidden("Only the author of a comment may edit it.");
        }
    }

    void requireRedactableBy(Actor actor) {
        actor.requireAdmin();
        if (redacted()) {
            throw new CommentAlreadyRedacted(id);
        }
    }

    /** The text as stored, as written: not blank, not too long, no control characters but tab and line breaks. */
    static String checkBody(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "must not be blank");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInput("body", "must be at most " + MAX_BODY + " characters");
        }
        return Text.requireMultiLine("body", body);
    }
}
