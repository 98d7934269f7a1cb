package io.worktrackr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Builds organisations, people and tickets through the public HTTP API, as a client would. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String PASSWORD = "correct-horse-battery";

    private final int port;

    public Fixtures(int port) {
        this.port = port;
    }

    public record User(UUID id, String email, Api api, Api session) {}

    public final class Org {
        public final UUID id;
        public final User admin;
        public final Map<String, UUID> queues = new HashMap<>();

        Org(UUID id, User admin) {
            this.id = id;
            this.admin = admin;
            for (JsonNode queue : admin.api().get("/api/queues").body()) {
                queues.put(Json.string(queue, "$.name"), UUID.fromString(Json.string(queue, "$.id")));
            }
        }

        /** Adds an agent (or admin) and signs them in: {@code api} uses an API token, {@code session} a cookie session. */
        public User member(String name, String role) {
            String email = unique(name) + "@example.test";
            Api.Response added = admin.api()
                    .post("/api/members", Map.of("email", email, "name", name, "role", role, "password", PASSWORD));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            return signIn(UUID.fromString(added.string("$.id")), email);
        }

        public User agent(String name) {
            return member(name, "agent");
        }

        public JsonNode ticket(String title) {
            return ticket(Map.of("title", title, "description", "Description of " + title));
        }

        public JsonNode ticket(Map<String, ?> body) {
            Api.Response created = admin.api().post("/api/tickets", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.body();
        }
    }

    /** A new organisation (via sign-up, then sign-in) with its admin signed in. */
    public Org organisation() {
        String name = unique("Org");
        String email = unique("admin") + "@example.test";
        Api session = Api.session(port);
        Api.Response accepted = session.post(
                "/api/signup",
                Map.of("organisationName", name, "name", "Admin of " + name, "email", email, "password", PASSWORD));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        // sign-up answers alike for every address (no session); signing in is the next step
        Api.Response signedUp = session.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(200);
        UUID adminId = UUID.fromString(signedUp.string("$.user.id"));
        UUID orgId = UUID.fromString(signedUp.string("$.currentOrganisation.id"));
        return new Org(orgId, new User(adminId, email, tokenFor(session), session));
    }

    public User signIn(UUID id, String email) {
        Api session = Api.session(port);
        Api.Response login = session.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new User(id, email, tokenFor(session), session);
    }

    private Api tokenFor(Api session) {
        Api.Response token = session.post("/api/me/tokens", Map.of("name", "tests"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        return Api.token(port, token.string("$.token"));
    }

    public static String unique(String prefix) {
        return prefix.toLowerCase().replace(' ', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
