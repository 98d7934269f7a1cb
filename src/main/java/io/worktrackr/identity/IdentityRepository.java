package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

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

    private static final RowMapper<Member> MEMBER = (rs, i) -> new Member(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("email"),
            Role.fromCode(rs.getString("role")));

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    /** A membership the person still has to accept. */
    void insertInvitation(UUID organisationId, UUID userId, Role role, Instant now) {
        insertMembership(organisationId, userId, role, now, null);
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

    boolean hasMembershipOrInvitation(UUID organisationId, UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE organisation_id = :org AND user_id = :user")
                        .param("org", organisationId)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<MembershipView> invitationsOf(UUID userId) {
        return jdbc.sql("""
                SELECT m.organisation_id, o.name, m.role, m.created_at
                FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                WHERE m.user_id = :user AND m.accepted_at IS NULL
                ORDER BY m.created_at, m.organisation_id""")
                .param("user", userId)
                .query((rs, i) -> new MembershipView(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        Role.fromCode(rs.getString("role")),
                        fromDb(rs, "created_at")))
                .list();
    }

    boolean acceptInvitation(UUID organisationId, UUID userId, Instant now) {
        return jdbc.sql("""
                UPDATE memberships SET accepted_at = :now
                WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NULL""")
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
                WHERE organisation_id = :org AND role = 'admin' AND accepted_at IS NOT NULL FOR UPDATE""")
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
                WHERE m.user_id = :user AND m.accepted_at IS NOT NULL
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
                WHERE m.organisation_id = :org AND m.user_id = :user AND m.accepted_at IS NOT NULL""")
                .param("org", organisationId)
                .param("user", userId)
                .query(MEMBER)
                .optional();
    }

    List<Member> members(UUID organisationId) {
        return jdbc.sql("""
                SELECT u.id, u.name, u.email, m.role
                FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = :org AND m.accepted_at IS NOT NULL
                ORDER BY LOWER(u.name), u.id""").param("org", organisationId).query(MEMBER).list();
    }
}
