package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Password guessing is slowed per e-mail address (5 at once, then a doubling delay) and per client address
 * (30 at once), the count is taken before the password is checked so parallel guesses cannot slip through, and
 * the owner of a guessed address waits seconds, never a hard quarter-hour lock.
 */
class SignInThrottleIntegrationTests extends IntegrationTest {

    private static final int FREE_PER_ADDRESS = 5;

    @Autowired
    Environment environment;

    @Test
    void fiveGuessesGoThroughThenEachFurtherOneWaitsTwiceAsLong() {
        Org org = fixtures.organisation();
        clock.freeze();
        User colleague = org.agent("Colleague");
        for (int i = 0; i < FREE_PER_ADDRESS; i++) {
            assertThat(signIn(org.admin.email(), "guess-" + i).status()).isEqualTo(401);
        }

        Api.Response waiting = signIn(org.admin.email().toUpperCase(), Fixtures.PASSWORD);
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.contentType()).startsWith("application/problem+json");
        assertThat(waiting.number("$.retryAfterSeconds")).isEqualTo(1);
        assertThat(signIn(colleague.email(), Fixtures.PASSWORD).status())
                .as("another address")
                .isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(org.admin.email(), "guess-6").status()).isEqualTo(401);
        assertThat(signIn(org.admin.email(), Fixtures.PASSWORD).number("$.retryAfterSeconds"))
                .isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(org.admin.email(), "guess-7").status()).isEqualTo(401);
        assertThat(signIn(org.admin.email(), Fixtures.PASSWORD).number("$.retryAfterSeconds"))
                .isEqualTo(4);

        clock.advance(Duration.ofSeconds(4));
        assertThat(signIn(org.admin.email(), Fixtures.PASSWORD).status())
                .as("the owner after a few seconds, not a quarter of an hour")
                .isEqualTo(200);
        for (int i = 0; i < FREE_PER_ADDRESS; i++) {
            assertThat(signIn(org.admin.email(), "again-" + i).status())
                    .as("a success starts the address afresh")
                    .isEqualTo(401);
        }
    }

    @Test
    void aHundredParallelGuessesEvaluateAtMostTheFreeAttempts() throws Exception {
        Org org = fixtures.organisation();
        clock.freeze();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String guess = "parallel-" + i;
                guesses.add(() -> signIn(org.admin.email(), guess).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : clients.invokeAll(guesses)) {
                statuses.add(answer.get());
            }

            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(FREE_PER_ADDRESS);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void oneClientIsSlowedAfterThirtyGuessesAcrossAddressesAndOthersAreNot() {
        // this node keeps the production limits per client (the shared test node lifts them: all tests are 127.0.0.1)
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--worktrackr.tickets.tally-fold-interval=1h",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            int nodePort = Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
            Org org = fixtures.organisation();
            String attacker = "203.0.113." + (1 + (int) (Math.random() * 200));
            for (int i = 0; i < 30; i++) {
                String victim = Fixtures.unique("victim") + "@example.test";
                assertThat(signInVia(nodePort, attacker, victim, "guess").status())
                        .as("guess " + i)
                        .isEqualTo(401);
            }

            assertThat(signInVia(nodePort, attacker, Fixtures.unique("victim") + "@example.test", "guess")
                            .status())
                    .as("the 31st guess from that client, at a fresh address")
                    .isEqualTo(429);
            assertThat(signInVia(nodePort, "198.51.100.7", org.admin.email(), Fixtures.PASSWORD)
                            .status())
                    .as("a person elsewhere")
                    .isEqualTo(200);
        }
    }

    private Api.Response signIn(String email, String password) {
        return Api.session(port).post("/api/auth/login", Map.of("email", email, "password", password));
    }

    /** As through a trusted proxy (the test connects from loopback, which Tomcat trusts by default). */
    private static Api.Response signInVia(int port, String clientAddress, String email, String password) {
        return Api.session(port)
                .withHeader("X-Forwarded-For", clientAddress)
                .post("/api/auth/login", Map.of("email", email, "password", password));
    }
}
