package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-ups are limited per client address and added members per organisation (issue 12 §5: enumeration is
 * rate-limited), on the database so every node counts alike. The limits are small here (a throttle of its own on the
 * shared tables); the application's are 10 sign-ups per client and 200 members per organisation an hour (the test
 * base raises them, as every test signs up from 127.0.0.1).
 */
class SignUpThrottleIntegrationTests extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PasswordResetThrottle.Limits configured;

    @Test
    void aClientOverItsSignUpLimitGets429WithRetryAfterUntilTheWindowEnds() {
        PasswordResetThrottle throttle = throttle(3, 2);
        String client =
                "10.99." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            throttle.countSignUp(client);
        }
        assertThatThrownBy(() -> throttle.countSignUp(client)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
            assertThat((Long) e.properties().get("retryAfterSeconds")).isPositive();
        });
        throttle.countSignUp("another-client-" + UUID.randomUUID());

        clock.advance(Duration.ofHours(1));
        throttle.countSignUp(client);
    }

    @Test
    void anOrganisationOverItsMemberAddLimitGets429() {
        PasswordResetThrottle throttle = throttle(3, 2);
        UUID organisation = UUID.randomUUID();
        throttle.countMemberAdd(organisation);
        throttle.countMemberAdd(organisation);
        assertThatThrownBy(() -> throttle.countMemberAdd(organisation))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS));
        throttle.countMemberAdd(UUID.randomUUID());
    }

    @Test
    void aHundredParallelSignUpsAndResetRequestsPassAtMostTheLimit() throws Exception {
        // issue 12 §2 for the sign-up and password-reset endpoints: counting is atomic under any concurrency
        PasswordResetThrottle throttle = new PasswordResetThrottle(
                jdbc, clock, new PasswordResetThrottle.Limits(3, 5, null, 4, null), transactions);
        clock.freeze();
        String client = "10.98." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
        String address = UUID.randomUUID() + "@example.test";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                attempts.add(() -> {
                    try {
                        throttle.countSignUp(client);
                        return "counted";
                    } catch (ProblemException e) {
                        return e.type().slug();
                    }
                });
            }
            List<String> signUps = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(attempts)) {
                signUps.add(answer.get());
            }
            assertThat(signUps).filteredOn("counted"::equals).hasSize(4);
            assertThat(signUps)
                    .filteredOn(ProblemType.TOO_MANY_REQUESTS.slug()::equals)
                    .hasSize(96);

            // one address asked for from 100 clients at once: three links at most, the others silently dropped
            List<Callable<String>> resets = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String from = client + "-" + i;
                resets.add(() -> throttle.allow(address, from) ? "sent" : "dropped");
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(resets)) {
                answers.add(answer.get());
            }
            assertThat(answers).filteredOn("sent"::equals).hasSize(3);
            assertThat(answers).filteredOn("dropped"::equals).hasSize(97);

            // one client asking for 100 addresses at once: five counted, the rest 429
            List<Callable<String>> sprayed = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String to = i + "-" + address;
                sprayed.add(() -> {
                    try {
                        return throttle.allow(to, client + "-spray") ? "sent" : "dropped";
                    } catch (ProblemException e) {
                        return e.type().slug();
                    }
                });
            }
            List<String> sprays = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(sprayed)) {
                sprays.add(answer.get());
            }
            assertThat(sprays).filteredOn("sent"::equals).hasSize(5);
            assertThat(sprays)
                    .filteredOn(ProblemType.TOO_MANY_PASSWORD_RESETS.slug()::equals)
                    .hasSize(95);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theApplicationsLimitsComeFromConfiguration() {
        // the test base sets both (every test signs up from 127.0.0.1); unset they are 10 and 200
        assertThat(configured.signUps()).isEqualTo(1_000_000);
        assertThat(configured.memberAdds()).isEqualTo(1_000_000);
        assertThat(new PasswordResetThrottle.Limits(null, null, null, null, null).signUps())
                .isEqualTo(10);
        assertThat(new PasswordResetThrottle.Limits(null, null, null, null, null).memberAdds())
                .isEqualTo(200);
    }

    private PasswordResetThrottle throttle(int signUps, int memberAdds) {
        return new PasswordResetThrottle(
                jdbc, clock, new PasswordResetThrottle.Limits(null, null, null, signUps, memberAdds), transactions);
    }
}
