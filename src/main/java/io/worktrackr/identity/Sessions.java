package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.NotFound;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's browser sessions (Spring Session JDBC, indexed by the user id as principal name): list them, end
 * one or all others. A session ended here is remembered (only the SHA-256 of its id, for a day), so that a
 * request still carrying it answers 401 {@code session-ended} rather than a plain "sign in": the web app then
 * says "signed out elsewhere". The id shown to clients is derived from the hash, never the session id (the
 * cookie's secret).
 */
@Service
public class Sessions {

    /** One session as its owner sees it. */
    public record SessionInfo(String id, String device, Instant createdAt, Instant lastUsedAt, boolean current) {}

    /** The session attribute holding the short device description (from the User-Agent at sign-in). */
    public static final String DEVICE = "worktrackr.device";

    private static final String COOKIE = "SESSION";
    private static final Duration REMEMBER_ENDED = Duration.ofDays(1);

    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final JdbcClient jdbc;
    private final Clock clock;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person's sessions, the most recently used first. */
    @Transactional(readOnly = true)
    public List<SessionInfo> of(UUID userId, @Nullable String currentSessionId) {
        return sessionsOf(userId).values().stream()
                .map(s -> new SessionInfo(
                        publicId(s.getId()),
                        s.getAttribute(DEVICE) instanceof String device ? device : "Unknown device",
                        s.getCreationTime(),
                        s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionInfo::lastUsedAt).reversed())
                .toList();
    }

    /** Ends one of the person's sessions, by the id {@link #of} shows; 404 if it is not theirs (or gone). */
    @Transactional
    public void end(UUID userId, String publicId) {
        Session session = sessionsOf(userId).values().stream()
                .filter(s -> publicId(s.getId()).equals(publicId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Session " + publicId));
        endAll(List.of(session.getId()));
    }

    /** Ends every session of the person but {@code exceptSessionId} (null: all of them); returns how many. */
    @Transactional
    public int endAllOf(UUID userId, @Nullable String exceptSessionId) {
        List<String> ids = sessionsOf(userId).keySet().stream()
                .filter(id -> !id.equals(exceptSessionId))
                .toList();
        endAll(ids);
        return ids.size();
    }

    /** Whether this request carries a session cookie of a session that was ended on purpose. */
    @Transactional(readOnly = true)
    public boolean wasEnded(HttpServletRequest request) {
        String sessionId = requestedSessionId(request);
        if (sessionId == null) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM ended_sessions WHERE session_hash = :hash")
                        .param("hash", sha256(sessionId))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void endAll(List<String> sessionIds) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM ended_sessions WHERE ended_at < :before")
                .param("before", toDb(now.minus(REMEMBER_ENDED)))
                .update();
        for (String id : sessionIds) {
            jdbc.sql("DELETE FROM ended_sessions WHERE session_hash = :hash")
                    .param("hash", sha256(id))
                    .update();
            jdbc.sql("INSERT INTO ended_sessions (session_hash, ended_at) VALUES (:hash, :now)")
                    .param("hash", sha256(id))
                    .param("now", toDb(now))
                    .update();
            repository.deleteById(id);
        }
    }

    private Map<String, ? extends Session> sessionsOf(UUID userId) {
        return repository.findByPrincipalName(userId.toString());
    }

    /** The session id the request's cookie names (Spring Session writes it Base64-encoded). */
    private static @Nullable String requestedSessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                try {
                    return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    static String publicId(String sessionId) {
        return sha256("public:" + sessionId).substring(0, 32);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
