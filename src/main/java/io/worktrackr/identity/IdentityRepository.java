package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, users and memberships. Every membership query names the organisation. */
@Repository
class IdentityRepository {

    record UserAccount(UUID id, String email, String name, String passwordHash) {}

    record MembershipView(UUID organisationId, String organisationName, Role role, Instant since) {}

    record JoinedAtSignIn(UUID organisationId, Role role) {}

    private static final RowMapper<Member> MEMBER = (rs, i) -> new Member(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("email"),
            Role.fromCode(rs.getString("role")));

    private final JdbcClient jdbc;
    private final Clock clock;

    IdentityRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An invitation in the app (a membership not accepted yet) is open until {@code invitation_expires_at}, the
     * expiry of the invitation link e-mailed to its address; an expired one cannot be accepted, joins nothing at
     * sign-in, and shows as {@link MemberStatus#EXPIRED}.
     */
    private static final String OPEN_INVITATION =
            " (m.accepted_at IS NULL AND m.invitation_expires_at IS NOT NULL AND m.invitation_expires_at > :now) ";

    private static final String EXPIRED_INVITATION =
            " (m.accepted_at IS NULL AND (m.invitation_expires_at IS NULL OR m.invitation_expires_at <= :now)) ";

    UUID insertOrganisation(String name, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisations (id, name, created_at) VALUES (:id, :name, :now)")
                .param("id", id)
                .param("name", name)
                .param("now", toDb(now))
                .update();
        return id;
    }

    boolean anyOrganisation() {
        return jdbc.sql("SELECT COUNT(*) FROM organisations").query(Long.class).single() > 0;
    }

    Optional<String> organisationName(UUID id) {
        return jdbc.sql("SELECT name FROM organisations WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    UUID insertUser(String email, String name, String passwordHash, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO users (id, email, name, password_hash, created_at)
                VALUES (:id, :email, :name, :hash, :now)""")
                .param("id", id)
                .param("email", email)
                .param("name", name)
                .param("hash", passwordHash)
                .param("now", toDb(now))
                .update();
        return id;
    }

    /** Replaces the hash only if it is still the one that was checked (a password changed meanwhile wins). */
    void replacePasswordHash(UUID userId, String checkedHash, String newHash) {
        jdbc.sql("UPDATE users SET password_hash = :newHash WHERE id = :id AND password_hash = :checkedHash")
                .param("id", userId)
                .param("checkedHash", checkedHash)
                .param("newHash", newHash)
                .update();
    }

    Optional<UserAccount> findUserByEmail(String normalisedEmail) {
        return jdbc.sql("SELECT id, email, name, password_hash FROM users WHERE email = :email")
                .param("email", normalisedEmail)
                .query((rs, i) -> new UserAccount(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("password_hash")))
                .optional();
    }

    Optional<Person> findPerson(UUID userId) {
        return jdbc.sql("SELECT id, name, email FROM users WHERE id = :id")
                .param("id", userId)
                .query((rs, i) ->
                        new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email")))
                .optional();
    }

    List<Person> findPeople(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name, email FROM users WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, i) ->
                        new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email")))
                .list();
    }

    void insertMembership(UUID organisationId, UUID userId, Role role, Instant now) {
        insertMembership(organisationId, userId, role, now, now);
    }

    /** How an invitation in the app is accepted: what {@link #insertInvitation} records for it. */
    enum Joining {
        /** The person accepts in the app, or by the e-mailed link. */
        BY_ACCEPTING,
        /**
         * Also when the account first signs in ({@link #joinAtSignIn}): an account the admin has just made with an
         * initial password.
         */
        AT_FIRST_SIGN_IN
    }

    /**
     * A membership the person still has to accept before {@code expiresAt} (its e-mailed link's expiry); an expired
     * one of the same person here is renewed (role, instants; whether it joins at sign-in stays as it was).
     */
    void insertInvitation(
            UUID organisationId, UUID userId, Role role, Joining joining, Instant now, Instant expiresAt) {
        int renewed = jdbc.sql("""
                UPDATE memberships SET role = :role, created_at = :now, invitation_expires_at = :expires
                WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL""")
                .param("role", role.code())
                .param("now", toDb(now))
                .param("expires", toDb(expiresAt))
                .param("org", organisationId)
                .param("user", userId)
                .update();
        if (renewed == 0) {
            jdbc.sql("""
                    INSERT INTO memberships (organisation_id, user_id, role, created_at, accepted_at, joins_at_sign_in,
                      invitation_expires_at)
                    VALUES (:org, :user, :role, :now, NULL, :joinsAtSignIn, :expires)""")
                    .param("org", organisationId)
                    .param("user", userId)
                    .param("role", role.code())
                    .param("now", toDb(now))
                    .param("joinsAtSignIn", joining == Joining.AT_FIRST_SIGN_IN)
                    .param("expires", toDb(expiresAt))
                    .update();
        }
    }

    /**
     * Whether the person's invitation here, not accepted yet, is of an account the admin made with an initial password
     * ({@link Joining#AT_FIRST_SIGN_IN}) that never signed in since.
     */
    boolean joinsAtFirstSignIn(UUID organisationId, UUID userId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM memberships
                        WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL AND joins_at_sign_in""")
                        .param("org", organisationId)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The in-app invitation of this address here, if one is not accepted yet, lives as long as the address's newest
     * link ({@code expiresAt}): a new link (an admin invites the address again) renews an expired one.
     */
    void renewInvitation(UUID organisationId, String normalisedEmail, Role role, Instant expiresAt) {
        jdbc.sql("""
                UPDATE memberships SET role = :role, invitation_expires_at = :expires
                WHERE organisation_id = :org AND accepted_at IS NULL
                  AND user_id = (SELECT id FROM users WHERE email = :email)""")
                .param("role", role.code())
                .param("expires", toDb(expiresAt))
                .param("org", organisationId)
                .param("email", normalisedEmail)
                .update();
    }

    /**
     * Accepts the invitations that join at the account's sign-in (rows locked, so two sign-ins at once join once);
     * the organisations joined, each with its role.
     */
    List<JoinedAtSignIn> joinAtSignIn(UUID userId, Instant now) {
        List<JoinedAtSignIn> joining = jdbc.sql("""
                SELECT m.organisation_id, m.role FROM memberships m
                WHERE m.user_id = :user AND m.joins_at_sign_in AND """ + OPEN_INVITATION + """

                ORDER BY m.organisation_id FOR UPDATE""")
                .param("user", userId)
                .param("now", toDb(now))
                .query((rs, i) -> new JoinedAtSignIn(
                        rs.getObject("organisation_id", UUID.class), Role.fromCode(rs.getString("role"))))
                .list();
        if (joining.isEmpty()) {
            return joining;
        }
        for (JoinedAtSignIn membership : joining) {
            jdbc.sql("""
                    UPDATE memberships SET accepted_at = :now, joins_at_sign_in = FALSE, invitation_expires_at = NULL
                    WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL""")
                    .param("now", toDb(now))
                    .param("org", membership.organisationId())
                    .param("user", userId)
                    .update();
        }
        return joining;
    }

    /** Removes the not yet accepted membership (an invitation in the app) of this address here; whose it was. */
    Optional<UUID> deleteInvitation(UUID organisationId, String normalisedEmail) {
        Optional<UUID> userId = jdbc.sql("""
                SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = :org AND u.email = :email AND m.accepted_at IS NULL""")
                .param("org", organisationId)
                .param("email", normalisedEmail)
                .query(UUID.class)
                .optional();
        userId.ifPresent(id -> jdbc.sql(
                        "DELETE FROM memberships WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL")
                .param("org", organisationId)
                .param("user", id)
                .update());
        return userId;
    }

    private void insertMembership(UUID organisationId, UUID userId, Role role, Instant now, Instant acceptedAt) {
        jdbc.sql("""
                INSERT INTO memberships (organisation_id, user_id, role, created_at, accepted_at)
                VALUES (:org, :user, :role, :now, :acceptedAt)""")
                .param("org", organisationId)
                .param("user", userId)
                .param("role", role.code())
                .param("now", toDb(now))
                .param("acceptedAt", toDb(acceptedAt))
                .update();
    }

    /** A membership of any status, or an invitation still open (an expired one may be renewed). */
    boolean hasMembershipOrInvitation(UUID organisationId, UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = :org AND m.user_id = :user"
                                + " AND NOT (" + EXPIRED_INVITATION + ")")
                        .param("org", organisationId)
                        .param("user", userId)
                        .param("now", toDb(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The person's open invitations in the app (not accepted, not expired), oldest first. */
    List<MembershipView> invitationsOf(UUID userId) {
        return jdbc.sql("""
                SELECT m.organisation_id, o.name, m.role, m.created_at
                FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                WHERE m.user_id = :user AND """ + OPEN_INVITATION + """

                ORDER BY m.created_at, m.organisation_id""")
                .param("user", userId)
                .param("now", toDb(clock.instant()))
                .query((rs, i) -> new MembershipView(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        Role.fromCode(rs.getString("role")),
                        fromDb(rs, "created_at")))
                .list();
    }

    /** The person's invitation here, not accepted yet, with when it expires (or expired); empty if none. */
    Optional<PendingInvitation> invitationOf(UUID organisationId, UUID userId) {
        return jdbc.sql("""
                SELECT m.role, m.invitation_expires_at FROM memberships m
                WHERE m.organisation_id = :org AND m.user_id = :user AND m.accepted_at IS NULL FOR UPDATE""")
                .param("org", organisationId)
                .param("user", userId)
                .query((rs, i) ->
                        new PendingInvitation(Role.fromCode(rs.getString("role")), fromDb(rs, "invitation_expires_at")))
                .optional();
    }

    record PendingInvitation(
            Role role, @org.jspecify.annotations.Nullable Instant expiresAt) {

        boolean expired(Instant now) {
            return expiresAt == null || !expiresAt.isAfter(now);
        }
    }

    /** Accepts the open invitation (refused, false, for none or an expired one). */
    boolean acceptInvitation(UUID organisationId, UUID userId, Instant now) {
        return jdbc.sql("""
                UPDATE memberships SET accepted_at = :now, joins_at_sign_in = FALSE, invitation_expires_at = NULL
                WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL
                  AND invitation_expires_at > :now""")
                        .param("now", toDb(now))
                        .param("org", organisationId)
                        .param("user", userId)
                        .update()
                == 1;
    }

    int updateRole(UUID organisationId, UUID userId, Role role) {
        return jdbc.sql("""
                UPDATE memberships SET role = :role
                WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NOT NULL""")
                .param("role", role.code())
                .param("org", organisationId)
                .param("user", userId)
                .update();
    }

    /** Counts the admins and locks their rows, so two admins cannot demote each other at the same time. */
    long lockAndCountAdmins(UUID organisationId) {
        return jdbc.sql("""
                SELECT user_id FROM memberships
                WHERE organisation_id = :org AND role = 'admin' AND accepted_at IS NOT NULL
                  AND deactivated_at IS NULL
                ORDER BY user_id FOR UPDATE""")
                .param("org", organisationId)
                .query(UUID.class)
                .list()
                .size();
    }

    /** Oldest membership first: the first one is the default organisation of a session. */
    List<MembershipView> membershipsOf(UUID userId) {
        return jdbc.sql("""
                SELECT m.organisation_id, o.name, m.role, m.created_at
                FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                WHERE m.user_id = :user AND m.accepted_at IS NOT NULL AND m.deactivated_at IS NULL
                ORDER BY m.accepted_at, m.organisation_id""")
                .param("user", userId)
                .query((rs, i) -> new MembershipView(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        Role.fromCode(rs.getString("role")),
                        fromDb(rs, "created_at")))
                .list();
    }

    Optional<Member> findMember(UUID organisationId, UUID userId) {
        return jdbc.sql("""
                SELECT u.id, u.name, u.email, m.role
                FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = :org AND m.user_id = :user AND m.accepted_at IS NOT NULL
                  AND m.deactivated_at IS NULL""")
                .param("org", organisationId)
                .param("user", userId)
                .query(MEMBER)
                .optional();
    }

    /** The organisation's active members; a condition and the order by name follow. */
    private static final String ACTIVE_MEMBERS = """
            SELECT u.id, u.name, u.email, m.role
            FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = :org AND m.accepted_at IS NOT NULL AND m.deactivated_at IS NULL""";

    private static final String BY_NAME = " ORDER BY LOWER(u.name), u.id";

    List<Member> members(UUID organisationId) {
        return jdbc.sql(ACTIVE_MEMBERS + BY_NAME)
                .param("org", organisationId)
                .query(MEMBER)
                .list();
    }

    /** Members whose e-mail (lower-cased) is one of the handles, or whose e-mail's local part is. */
    List<Member> membersByHandles(UUID organisationId, Collection<String> handles) {
        return jdbc.sql(ACTIVE_MEMBERS
                        + " AND (LOWER(u.email) IN (:handles)"
                        + " OR LOWER(LEFT(u.email, POSITION('@' IN u.email) - 1)) IN (:handles))" + BY_NAME)
                .param("org", organisationId)
                .param("handles", handles)
                .query(MEMBER)
                .list();
    }

    List<Member> membersAmong(UUID organisationId, Collection<UUID> userIds) {
        return jdbc.sql(ACTIVE_MEMBERS + " AND m.user_id IN (:users)" + BY_NAME)
                .param("org", organisationId)
                .param("users", userIds)
                .query(MEMBER)
                .list();
    }

    List<Member> membersInRole(UUID organisationId, Role role) {
        return jdbc.sql(ACTIVE_MEMBERS + " AND m.role = :role" + BY_NAME)
                .param("org", organisationId)
                .param("role", role.code())
                .query(MEMBER)
                .list();
    }

    private static final RowMapper<MemberDetail> MEMBER_DETAIL = (rs, i) -> new MemberDetail(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("email"),
            Role.fromCode(rs.getString("role")),
            rs.getTimestamp("accepted_at") == null
                    ? rs.getBoolean("invitation_expired") ? MemberStatus.EXPIRED : MemberStatus.INVITED
                    : rs.getTimestamp("deactivated_at") != null ? MemberStatus.DEACTIVATED : MemberStatus.ACTIVE,
            fromDb(rs, "last_seen_at"));

    /**
     * The name shown in the directory: someone invited who has not accepted yet is shown by the address the
     * admin typed, never by their account's name (adding an existing account reveals nothing of it).
     */
    private static final String SHOWN_NAME = "LOWER(CASE WHEN m.accepted_at IS NULL THEN u.email ELSE u.name END)";

    private static final String MEMBER_DETAIL_COLUMNS =
            "u.id, CASE WHEN m.accepted_at IS NULL THEN u.email ELSE u.name END AS name, u.email, m.role,"
                    + " m.accepted_at, m.deactivated_at,"
                    + " CASE WHEN " + EXPIRED_INVITATION + " THEN TRUE ELSE FALSE END AS invitation_expired,"
                    + " CASE WHEN m.accepted_at IS NULL THEN NULL ELSE u.last_seen_at END AS last_seen_at, "
                    + SHOWN_NAME + " AS sort_name";

    record DirectoryRow(MemberDetail member, String sortName) {}

    /**
     * One keyset page of the organisation's people (any status), by name: {@code after} is the (lower-cased
     * name, id) of the last row of the previous page.
     */
    List<DirectoryRow> directory(
            UUID organisationId,
            @org.jspecify.annotations.Nullable MemberStatus status,
            @org.jspecify.annotations.Nullable String likePattern,
            @org.jspecify.annotations.Nullable String afterName,
            @org.jspecify.annotations.Nullable UUID afterId,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + MEMBER_DETAIL_COLUMNS + """
                 FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = :org""");
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organisationId);
        params.put("now", toDb(clock.instant()));
        if (status != null) {
            sql.append(
                    switch (status) {
                        case ACTIVE -> " AND m.accepted_at IS NOT NULL AND m.deactivated_at IS NULL";
                        case INVITED -> " AND " + OPEN_INVITATION;
                        case EXPIRED -> " AND " + EXPIRED_INVITATION;
                        case DEACTIVATED -> " AND m.accepted_at IS NOT NULL AND m.deactivated_at IS NOT NULL";
                    });
        }
        if (likePattern != null) {
            sql.append(" AND (" + SHOWN_NAME + " LIKE :q ESCAPE '\\' OR u.email LIKE :q ESCAPE '\\')");
            params.put("q", likePattern);
        }
        if (afterName != null && afterId != null) {
            sql.append(
                    " AND (" + SHOWN_NAME + " > :afterName OR (" + SHOWN_NAME + " = :afterName AND u.id > :afterId))");
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        sql.append(" ORDER BY " + SHOWN_NAME + ", u.id LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new DirectoryRow(MEMBER_DETAIL.mapRow(rs, i), rs.getString("sort_name")))
                .list();
    }

    /** The person's membership in this organisation, whatever its status. */
    Optional<MemberDetail> findMemberDetail(UUID organisationId, UUID userId) {
        return jdbc.sql("SELECT " + MEMBER_DETAIL_COLUMNS + """
                 FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = :org AND m.user_id = :user""")
                .param("org", organisationId)
                .param("user", userId)
                .param("now", toDb(clock.instant()))
                .query(MEMBER_DETAIL)
                .optional();
    }

    /** Locks the membership row (the last-admin rule and concurrent changes queue up behind it). */
    Optional<MemberDetail> lockMemberDetail(UUID organisationId, UUID userId) {
        jdbc.sql("SELECT user_id FROM memberships WHERE organisation_id = :org AND user_id = :user FOR UPDATE")
                .param("org", organisationId)
                .param("user", userId)
                .query(UUID.class)
                .optional();
        return findMemberDetail(organisationId, userId);
    }

    void setDeactivated(UUID organisationId, UUID userId, @org.jspecify.annotations.Nullable Instant at) {
        jdbc.sql("UPDATE memberships SET deactivated_at = :at WHERE organisation_id = :org AND user_id = :user")
                .param("at", toDb(at))
                .param("org", organisationId)
                .param("user", userId)
                .update();
    }

    /** A membership that exists in any state becomes an active one in this role (accepting an invitation link). */
    void activateMembership(UUID organisationId, UUID userId, Role role, Instant now) {
        int updated = jdbc.sql("""
                UPDATE memberships SET role = :role, accepted_at = COALESCE(accepted_at, :now), deactivated_at = NULL,
                  joins_at_sign_in = FALSE, invitation_expires_at = NULL
                WHERE organisation_id = :org AND user_id = :user""")
                .param("role", role.code())
                .param("now", toDb(now))
                .param("org", organisationId)
                .param("user", userId)
                .update();
        if (updated == 0) {
            insertMembership(organisationId, userId, role, now);
        }
    }

    void touchLastSeen(UUID userId, Instant now) {
        jdbc.sql("UPDATE users SET last_seen_at = :now WHERE id = :id")
                .param("now", toDb(now))
                .param("id", userId)
                .update();
    }

    record Profile(
            UUID id,
            String name,
            String email,
            String timeZone,
            @org.jspecify.annotations.Nullable String colour,
            String passwordHash) {}

    Optional<Profile> findProfile(UUID userId) {
        return jdbc.sql("SELECT id, name, email, time_zone, colour, password_hash FROM users WHERE id = :id")
                .param("id", userId)
                .query((rs, i) -> new Profile(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("time_zone"),
                        rs.getString("colour"),
                        rs.getString("password_hash")))
                .optional();
    }

    void updateProfile(UUID userId, String name, String timeZone, @org.jspecify.annotations.Nullable String colour) {
        jdbc.sql("UPDATE users SET name = :name, time_zone = :tz, colour = :colour WHERE id = :id")
                .param("name", name)
                .param("tz", timeZone)
                .param("colour", colour)
                .param("id", userId)
                .update();
    }

    void updatePasswordHash(UUID userId, String hash) {
        jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .param("hash", hash)
                .param("id", userId)
                .update();
    }

    UUID insertUser(String email, String name, String passwordHash, String timeZone, Instant now) {
        UUID id = insertUser(email, name, passwordHash, now);
        jdbc.sql("UPDATE users SET time_zone = :tz WHERE id = :id")
                .param("tz", timeZone)
                .param("id", id)
                .update();
        return id;
    }

    record OrganisationSettings(UUID id, String name, String timeZone) {}

    Optional<OrganisationSettings> organisationSettings(UUID organisationId) {
        return jdbc.sql("SELECT id, name, time_zone FROM organisations WHERE id = :id")
                .param("id", organisationId)
                .query((rs, i) -> new OrganisationSettings(
                        rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("time_zone")))
                .optional();
    }

    void updateOrganisation(UUID organisationId, String name, String timeZone) {
        jdbc.sql("UPDATE organisations SET name = :name, time_zone = :tz WHERE id = :id")
                .param("name", name)
                .param("tz", timeZone)
                .param("id", organisationId)
                .update();
    }
}
