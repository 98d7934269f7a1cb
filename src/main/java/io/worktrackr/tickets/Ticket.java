package io.worktrackr.tickets;

import io.worktrackr.common.Ids;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ticket aggregate. It guards its own state: every change goes through a method that checks the rule
 * and records a {@link FieldChange}; a method that changes nothing records nothing. Membership of assignees
 * and queues is checked by the use case before it calls in (that needs other modules).
 */
public final class Ticket {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 20_000;

    private final UUID id;
    private final UUID organisationId;
    private final long number;
    private final UUID createdBy;
    private final Instant createdAt;
    private long version;
    private String title;
    private String description;
    private TicketStatus status;
    private Priority priority;
    private UUID queueId;
    private @Nullable UUID assigneeId;
    private Instant updatedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private final @Nullable Instant firstRespondedAt;
    private @Nullable Instant slaDueAt;
    private @Nullable Instant slaAtRiskAt;
    /** The SLA standing stored with the row (see {@link SlaStanding}); part of its tally group. */
    private SlaStanding slaStanding;

    private final List<FieldChange> changes = new ArrayList<>();

    /** The tally group the ticket was stored in when loaded; null for a new ticket (see {@link TicketTally}). */
    private final TicketTally.@Nullable Group storedGroup;

    private Ticket(
            UUID id,
            UUID organisationId,
            long number,
            UUID createdBy,
            Instant createdAt,
            long version,
            String title,
            String description,
            TicketStatus status,
            Priority priority,
            UUID queueId,
            @Nullable UUID assigneeId,
            Instant updatedAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            @Nullable Instant firstRespondedAt,
            @Nullable Instant slaDueAt,
            @Nullable Instant slaAtRiskAt,
            SlaStanding slaStanding,
            boolean stored) {
        this.id = id;
        this.organisationId = organisationId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        this.title = title;
        this.description = description;
        this.status = status;
        this.priority = priority;
        this.queueId = queueId;
        this.assigneeId = assigneeId;
        this.updatedAt = updatedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.firstRespondedAt = firstRespondedAt;
        this.slaDueAt = slaDueAt;
        this.slaAtRiskAt = slaAtRiskAt;
        this.slaStanding = slaStanding;
        this.storedGroup = stored ? TicketTally.Group.of(this) : null;
    }

    /** Sets the instants this new ticket's service-level clocks start with, and the standing they give it. */
    void startDeadlines(@Nullable Instant dueAt, @Nullable Instant atRiskAt) {
        if (storedGroup != null) {
            throw new IllegalStateException("only a ticket being opened starts its deadlines");
        }
        this.slaDueAt = dueAt;
        this.slaAtRiskAt = atRiskAt;
        this.slaStanding = SlaStanding.of(dueAt, atRiskAt, createdAt);
    }

    /** A new ticket is always open. */
    static Ticket open(
            UUID organisationId,
            long number,
            UUID createdBy,
            String title,
            String description,
            Priority priority,
            UUID queueId,
            @Nullable UUID assigneeId,
            Instant now) {
        return new Ticket(
                Ids.timeOrdered(),
                organisationId,
                number,
                createdBy,
                now,
                0,
                checkTitle(title),
                checkDescription(description),
                TicketStatus.OPEN,
                priority,
                queueId,
                assigneeId,
                now,
                null,
                null,
                null,
                null,
                null,
                SlaStanding.OK,
                false);
    }

    static Ticket restore(
            UUID id,
            UUID organisationId,
            long number,
            UUID createdBy,
            Instant createdAt,
            long version,
            String title,
            String description,
            TicketStatus status,
            Priority priority,
            UUID queueId,
            @Nullable UUID assigneeId,
            Instant updatedAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            @Nullable Instant firstRespondedAt) {
        return restore(
                id,
                organisationId,
                number,
                createdBy,
                createdAt,
                version,
                title,
                description,
                status,
                priority,
                queueId,
                assigneeId,
                updatedAt,
                resolvedAt,
                closedAt,
                firstRespondedAt,
                null,
                null,
                SlaStanding.OK);
    }

    static Ticket restore(
            UUID id,
            UUID organisationId,
            long number,
            UUID createdBy,
            Instant createdAt,
            long version,
            String title,
            String description,
            TicketStatus status,
            Priority priority,
            UUID queueId,
            @Nullable UUID assigneeId,
            Instant updatedAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            @Nullable Instant firstRespondedAt,
            @Nullable Instant slaDueAt,
            @Nullable Instant slaAtRiskAt,
            SlaStanding slaStanding) {
        return new Ticket(
                id,
                organisationId,
                number,
                createdBy,
                createdAt,
                version,
                title,
                description,
                status,
                priority,
                queueId,
                assigneeId,
                updatedAt,
                resolvedAt,
                closedAt,
                firstRespondedAt,
                slaDueAt,
                slaAtRiskAt,
                slaStanding,
                true);
    }

    /** Moves through the lifecycle; resolving stamps resolvedAt, closing stamps closedAt, reopening clears both. */
    void changeStatus(TicketStatus to, Instant now) {
        if (to == status) {
            return;
        }
        if (!status.mayMoveTo(to)) {
            throw new IllegalTicketTransition(number, status, to);
        }
        record(TicketField.STATUS, status.code(), to.code());
        status = to;
        if (to == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else if (to == TicketStatus.CLOSED) {
            closedAt = now;
            if (resolvedAt == null) {
                resolvedAt = now;
            }
        } else {
            resolvedAt = null;
            closedAt = null;
        }
    }

    void changePriority(Priority to) {
        if (to != priority) {
            requireEditable(TicketField.PRIORITY);
            record(TicketField.PRIORITY, priority.code(), to.code());
            priority = to;
        }
    }

    /** Assigns to a member (checked by the caller), or unassigns with null. */
    void assign(@Nullable UUID memberOrNull) {
        if (!Objects.equals(memberOrNull, assigneeId)) {
            requireEditable(TicketField.ASSIGNEE);
            record(TicketField.ASSIGNEE, text(assigneeId), text(memberOrNull));
            assigneeId = memberOrNull;
        }
    }

    void moveToQueue(UUID to) {
        if (!to.equals(queueId)) {
            requireEditable(TicketField.QUEUE);
            record(TicketField.QUEUE, queueId.toString(), to.toString());
            queueId = to;
        }
    }

    void retitle(String to) {
        String checked = checkTitle(to);
        if (!checked.equals(title)) {
            requireEditable(TicketField.TITLE);
            record(TicketField.TITLE, title, checked);
            title = checked;
        }
    }

    void describe(String to) {
        String checked = checkDescription(to);
        if (!checked.equals(description)) {
            requireEditable(TicketField.DESCRIPTION);
            record(TicketField.DESCRIPTION, description, checked);
            description = checked;
        }
    }

    private void requireEditable(TicketField field) {
        if (!status.editable()) {
            throw new TicketClosed(number, field);
        }
    }

    /** Stamps the change time, once per use case, if anything changed. */
    void touch(Instant now) {
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
    }

    /**
     * The store saved this change (at the version it was loaded at, which the store then incremented): this
     * instance now holds exactly the stored state, so nobody needs to read the row back.
     */
    void saved() {
        version++;
    }

    /**
     * The field's current value, raw, as a change request names it: status and priority codes, ids as text (null
     * for "unassigned"), title and description as stored.
     */
    @Nullable String rawValue(TicketField field) {
        return switch (field) {
            case STATUS -> status.code();
            case PRIORITY -> priority.code();
            case ASSIGNEE -> text(assigneeId);
            case QUEUE -> queueId.toString();
            case TITLE -> title;
            case DESCRIPTION -> description;
        };
    }

    List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    boolean changed() {
        return !changes.isEmpty();
    }

    /** The tally group the stored row is in (as loaded), or null if this ticket has not been stored yet. */
    SlaStanding slaStanding() {
        return slaStanding;
    }

    TicketTally.@Nullable Group storedGroup() {
        return storedGroup;
    }

    private void record(TicketField field, @Nullable String from, @Nullable String to) {
        changes.add(new FieldChange(field.activityName(), from, to));
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    static String checkTitle(@Nullable String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput(TicketField.TITLE.requestName(), "must not be blank");
        }
        // a title is a one-line name: no invisible or direction-changing characters (an RLO would reverse what
        // follows it in every list), stored in NFC
        String trimmed = Text.requireName(TicketField.TITLE.requestName(), title);
        if (trimmed.length() > MAX_TITLE) {
            throw new InvalidInput(TicketField.TITLE.requestName(), "must be at most " + MAX_TITLE + " characters");
        }
        return trimmed;
    }

    static String checkDescription(@Nullable String description) {
        String value = description == null ? "" : description;
        if (value.length() > MAX_DESCRIPTION) {
            throw new InvalidInput(
                    TicketField.DESCRIPTION.requestName(), "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return Text.requireMultiLine(TicketField.DESCRIPTION.requestName(), value);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public long number() {
        return number;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The version this instance was loaded at (or saved at); the store increments it on every saved change. */
    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public UUID queueId() {
        return queueId;
    }

    public @Nullable UUID assigneeId() {
        return assigneeId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    /** When an agent first replied publicly; null until then. Stamped by the conversation, never by a change. */
    public @Nullable Instant firstRespondedAt() {
        return firstRespondedAt;
    }

    /**
     * The nearest due instant of the ticket's running service-level clocks, as stored when it was loaded (kept by
     * the sla module through {@link TicketDeadlines}); null when no clock runs.
     */
    public @Nullable Instant slaDueAt() {
        return slaDueAt;
    }

    /** The nearest at-risk instant of the ticket's running service-level clocks; null when no clock runs. */
    public @Nullable Instant slaAtRiskAt() {
        return slaAtRiskAt;
    }
}
