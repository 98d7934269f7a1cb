package io.worktrackr.tickets;

import io.worktrackr.common.Databases;
import io.worktrackr.common.PageLimits;
import io.worktrackr.identity.Actor;
import io.worktrackr.queues.QueueLoad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads: ticket lists (views + filters, keyset paged), counts per view and per queue, single tickets. */
@Service
@Transactional(readOnly = true)
public class TicketQueries implements QueueLoad, io.worktrackr.identity.AssignedWork {

    public record Page(List<Ticket> items, @Nullable String nextCursor) {}

    public record Counts(Map<TicketView, Long> views, Map<UUID, Long> activePerQueue) {}

    /** A listed ticket with its sort key, when the key is a column of the row rather than a ticket field. */
    private record Keyed(Ticket ticket, @Nullable String key) {}

    private final JdbcClient jdbc;
    private final TicketRepository repository;
    private final TicketTally tally;
    private final boolean postgresql;
    private final java.time.Clock clock;
    private final TransactionTemplate searchTransaction;

    TicketQueries(
            JdbcClient jdbc,
            TicketRepository repository,
            TicketTally tally,
            DataSource dataSource,
            java.time.Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.searchTransaction = new TransactionTemplate(transactions);
        this.searchTransaction.setReadOnly(true);
        this.clock = clock;
        this.repository = repository;
        this.tally = tally;
        this.postgresql = Databases.isPostgresql(dataSource);
    }

    /**
     * A ticket of this organisation, for an after-commit reaction that has no person acting (notifications, SLA):
     * scoped by the organisation the event names, empty when no such ticket is there. People's reads take an
     * {@link Actor} instead.
     */
    public Optional<Ticket> find(UUID organisationId, UUID id) {
        return repository.find(organisationId, id);
    }

    /**
     * Whom the ticket is assigned to now, for the system acting in an organisation (a reaction telling the assignee):
     * null when nobody is, or no such ticket is there.
     */
    public @Nullable UUID assigneeOf(UUID organisationId, UUID id) {
        return repository.assigneeOf(organisationId, id);
    }

    /**
     * No transaction of its own (it joins the caller's when there is one): one statement needs none, and the ticket
     * page's every read paid a BEGIN READ ONLY and a COMMIT round trip for it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Ticket get(Actor actor, UUID id) {
        return repository.find(actor.organisationId(), id).orElseThrow(() -> new TicketNotFound(id));
    }

    public Ticket getByNumber(Actor actor, long number) {
        return repository
                .findByNumber(actor.organisationId(), number)
                .orElseThrow(() -> new TicketNotFound("#" + number));
    }

    public List<Ticket> getAll(Actor actor, List<UUID> ids) {
        Map<UUID, Ticket> byId =
                repository.findAll(actor.organisationId(), ids).stream().collect(Collectors.toMap(Ticket::id, t -> t));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Summaries of the actor's organisation's tickets among these ids, in the order asked; unknown ids are left out. */
    public List<TicketSummary> summaries(Actor actor, List<UUID> ids) {
        return getAll(actor, ids).stream().map(TicketSummary::of).toList();
    }

    /**
     * One statement, without a transaction of its own (no BEGIN READ ONLY / COMMIT round trip) unless it searches
     * text on PostgreSQL: that needs one for its plan setting ({@link #plannedForTheseWords}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Page list(
            Actor actor, TicketFilter filter, @Nullable String sort, @Nullable String cursor, @Nullable Integer limit) {
        TicketSort.Order order = TicketSort.Order.parse(sort, filter.view());
        int size = PageLimits.size(limit);
        boolean keyFromRow = order.sort().keyFromRow();
        StringBuilder sql = new StringBuilder("SELECT " + TicketRepository.COLUMNS
                + (keyFromRow ? ", " + order.sort().sqlKey() + " AS sort_key" : "") + " FROM tickets t WHERE ");
        Map<String, Object> params = new LinkedHashMap<>();
        sql.append(where(actor, filter, params, clock.instant()));
        order.sort().rankRange(filter).ifPresent(range -> sql.append(" AND ").append(range));
        if (cursor != null && !cursor.isBlank()) {
            // A row comparison, not "key < k OR (key = k AND id < kid)": the index scan starts at the cursor, so
            // page 101 reads what page 1 reads (PostgreSQL and H2 2.x both compare row values).
            TicketCursor after = TicketCursor.decode(cursor, order);
            sql.append(" AND (")
                    .append(order.sort().sqlKey(filter))
                    .append(", t.id) ")
                    .append(order.descending() ? "<" : ">")
                    .append(" (:cursorKey, :cursorId)");
            params.put("cursorKey", order.sort().sqlValue(after.key()));
            params.put("cursorId", after.id());
        }
        String direction = order.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY ")
                .append(order.sort().sqlKey(filter))
                .append(direction)
                .append(", t.id")
                .append(direction)
                .append(" LIMIT ")
                .append(size + 1);
        Supplier<List<Keyed>> read = () -> jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Keyed(TicketRepository.map(rs, n), keyFromRow ? rs.getString("sort_key") : null))
                .list();
        List<Keyed> rows =
                new ArrayList<>(filter.text() != null && postgresql ? plannedForTheseWords(read) : read.get());
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Keyed last = rows.get(size - 1);
            next = (keyFromRow
                            ? TicketCursor.after(
                                    order,
                                    java.util.Objects.requireNonNull(last.key()),
                                    last.ticket().id())
                            : TicketCursor.after(order, last.ticket()))
                    .encode();
        }
        return new Page(rows.stream().map(Keyed::ticket).toList(), next);
    }

    /**
     * Every view's count and every queue's active count, from the {@link TicketTally} (a few hundred group rows,
     * kept exact in every changing transaction, with the tickets time moved to another SLA standing moved in the same
     * read) instead of a pass over the organisation's tickets. Each group is classified once here (assigned to the
     * caller, to nobody, to someone else; its standing) and each view's own rule ({@link
     * TicketView#includes(TicketStatus, TicketView.AssignedTo, SlaStanding)}, the rule its list's SQL is derived
     * from) adds up the groups it takes. So a count can never disagree with its list.
     */
    @Transactional(propagation = Propagation.SUPPORTS) // one statement: no BEGIN READ ONLY / COMMIT round trip
    public Counts counts(Actor actor) {
        List<TicketTally.Count> groups = tally.counts(actor.organisationId(), clock.instant());
        Map<TicketView, Long> views = new java.util.EnumMap<>(TicketView.class);
        for (TicketView view : TicketView.values()) {
            views.put(view, 0L);
        }
        for (TicketTally.Count count : groups) {
            TicketTally.Group group = count.group();
            TicketView.AssignedTo to = TicketView.AssignedTo.of(group.assigneeId(), actor.userId());
            for (TicketView view : TicketView.values()) {
                if (view.includes(group.status(), to, group.standing())) {
                    views.merge(view, count.tickets(), Long::sum);
                }
            }
        }
        return new Counts(views, activePerQueue(groups));
    }

    /** A queue's worklist is the {@link TicketView#ACTIVE} view of that queue; this counts it for every queue. */
    @Override
    public Map<UUID, Long> activeTicketsPerQueue(UUID organisationId) {
        return activePerQueue(tally.storedCounts(organisationId));
    }

    /** Active tickets per assignee, from the tally: one read for any number of people. */
    @Override
    public Map<UUID, Long> activeTicketsPerAssignee(UUID organisationId) {
        Map<UUID, Long> perAssignee = new LinkedHashMap<>();
        for (TicketTally.Count count : tally.storedCounts(organisationId)) {
            UUID assignee = count.group().assigneeId();
            TicketView.AssignedTo to = TicketView.AssignedTo.of(assignee, null);
            if (assignee != null && TicketView.ACTIVE.includes(count.group().status(), to)) {
                perAssignee.merge(assignee, count.tickets(), Long::sum);
            }
        }
        return perAssignee;
    }

    private static Map<UUID, Long> activePerQueue(List<TicketTally.Count> groups) {
        Map<UUID, Long> perQueue = new LinkedHashMap<>();
        for (TicketTally.Count count : groups) {
            // ACTIVE takes any assignee, so there is no caller to classify against
            TicketView.AssignedTo to = TicketView.AssignedTo.of(count.group().assigneeId(), null);
            if (TicketView.ACTIVE.includes(count.group().status(), to)) {
                perQueue.merge(count.group().queueId(), count.tickets(), Long::sum);
            }
        }
        return perQueue;
    }

    private static String where(Actor actor, TicketFilter filter, Map<String, Object> params, java.time.Instant now) {
        List<String> conditions = new ArrayList<>();
        conditions.add("t.organisation_id = :org");
        params.put("org", actor.organisationId());
        conditions.add(filter.view().sqlCondition());
        params.put("caller", actor.userId());
        params.put("now", io.worktrackr.common.JdbcTime.toDb(now));
        if (!filter.sla().isEmpty()) {
            conditions.add(filter.sla().stream()
                    .sorted()
                    .map(SlaCondition::sqlCondition)
                    .collect(Collectors.joining(" OR ", "(", ")")));
        }
        if (!filter.queueIds().isEmpty()) {
            conditions.add("t.queue_id IN (:queueIds)");
            params.put("queueIds", filter.queueIds());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("t.status IN (:statuses)");
            params.put(
                    "statuses",
                    filter.statuses().stream().map(TicketStatus::code).toList());
        }
        if (!filter.priorities().isEmpty()) {
            conditions.add("t.priority IN (:priorities)");
            params.put(
                    "priorities",
                    filter.priorities().stream().map(Priority::code).toList());
        }
        if (filter.assigneeId() != null) {
            conditions.add("t.assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.unassigned()) {
            conditions.add("t.assignee_id IS NULL");
        }
        if (filter.text() != null) {
            String like = "%" + escapeLike(filter.text().toLowerCase(java.util.Locale.ROOT)) + "%";
            params.put("like", like);
            Optional<Long> number = ticketNumber(filter.text());
            // the texts live apart from the tickets (V115), so a status change does not index them again
            String textMatch = "LOWER(x.title) LIKE :like ESCAPE '\\' OR LOWER(x.description) LIKE :like ESCAPE '\\'";
            if (number.isPresent()) {
                textMatch = "x.number = :number OR " + textMatch;
                params.put("number", number.get());
            }
            conditions.add("EXISTS (SELECT 1 FROM ticket_search_texts x WHERE x.ticket_id = t.id"
                    + " AND x.organisation_id = :org AND (" + textMatch + "))");
        }
        return String.join(" AND ", conditions);
    }

    /**
     * A text search is planned for its own words on PostgreSQL. pgjdbc prepares a statement on the server after
     * five uses, and PostgreSQL may then settle on a generic plan that cannot see the pattern: it walks the
     * organisation's tickets newest first, which is right when the words are common and reads every ticket when
     * they are rare or absent (6–9 s at a million). A custom plan picks the trigram indexes for rare words and
     * the walk for common ones; planning costs well under a millisecond. Nor does a search start parallel workers:
     * when the words meet a view (q=invoice&view=my) the planner may gather a page of 51 from three processes, and
     * starting them took 90–250 ms against 5.5 ms alone (bench/plans.sql at a million). Set for the search's own
     * transaction only (SET LOCAL), joined by the caller's when there is one.
     */
    private <T> T plannedForTheseWords(Supplier<T> read) {
        return java.util.Objects.requireNonNull(searchTransaction.execute(status -> {
            // is_local = true: both settings end with the search's transaction (SET LOCAL)
            jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                            + " set_config('max_parallel_workers_per_gather', '0', true)")
                    .query()
                    .singleRow();
            return read.get();
        }));
    }

    /** "12" and "#12" name ticket 12. */
    private static Optional<Long> ticketNumber(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
