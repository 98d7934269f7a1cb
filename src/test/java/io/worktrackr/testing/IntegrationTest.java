package io.worktrackr.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port against a real database (H2 or PostgreSQL, see {@link TestDatabases}).
 * All integration tests share one application context; each test makes its own organisations, so tests never
 * see each other's data (which is itself the organisation wall at work). Time is a {@link MutableClock}, back to
 * real time before each test: move it with {@code clock.advance(...)}, never sleep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    /** Where the file system attachment store writes during this test run (never the working tree's ./data). */
    public static final Path ATTACHMENTS_DIRECTORY = temporaryDirectory();

    /** The upload limit in tests: small, so that tests of the limit move little data. */
    public static final int MAX_FILE_SIZE = 1024 * 1024;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.configure(registry);
        registry.add("worktrackr.attachments.directory", ATTACHMENTS_DIRECTORY::toString);
        registry.add("worktrackr.attachments.max-file-size", () -> MAX_FILE_SIZE + "B");
        // the tally fold runs when a test calls it, never in the middle of another test's assertions
        registry.add("worktrackr.tickets.tally-fold-interval", () -> "1h");
        // so does the SLA scan (SlaScanIntegrationTests starts nodes of its own that scan)
        registry.add("worktrackr.sla.scan-interval", () -> "1h");
        // and the recompute after a policy change (SlaRecomputeIntegrationTests runs it, several at once)
        registry.add("worktrackr.sla.recompute-interval", () -> "1h");
        // and automation's time-trigger scan (AutomationTimeTriggersIntegrationTests runs it, several at once)
        registry.add("worktrackr.automation.scan-interval", () -> "1h");
        // the browser tests move the server's clock over HTTP (TestClockController, test code only)
        registry.add("worktrackr.testing.clock-endpoint", () -> "true");
        // every test signs in from 127.0.0.1: the per-client sign-in limit is tested on a node of its own
        // (SignInThrottleIntegrationTests); the per-address limit applies here as in production
        registry.add("worktrackr.identity.sign-in-throttle.per-client.free-attempts", () -> "1000000");
        registry.add("worktrackr.identity.sign-in-throttle.per-client.max-attempts", () -> "1000000");
        // the OpenAPI document is served in tests on both databases (off by default on PostgreSQL:
        // ApiDocsIntegrationTests)
        registry.add("worktrackr.api-docs.enabled", () -> "true");
        // likewise sign-ups per client and members added per organisation (tested in EmailOwnershipIntegrationTests)
        registry.add("worktrackr.identity.password-reset-throttle.sign-ups-per-client", () -> "1000000");
        registry.add("worktrackr.identity.password-reset-throttle.member-adds-per-organisation", () -> "1000000");
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("worktrackr-attachments-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    protected Fixtures fixtures;

    @Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactionManager;

    /**
     * Publishes {@code event} in a transaction that is rolled back and answers how many publications it stored for
     * the reaction {@code listenerId} about {@code subject} (an id in the stored event): whether a reaction's condition
     * lets an event become work, without the work running.
     */
    protected int publicationsStored(Object event, String listenerId, java.util.UUID subject) {
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        Integer stored = transaction.execute(status -> {
            events.publishEvent(event);
            int count = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id = :listener"
                            + " AND serialized_event LIKE :subject")
                    .param("listener", listenerId)
                    .param("subject", "%" + subject + "%")
                    .query(Integer.class)
                    .single();
            status.setRollbackOnly();
            return count;
        });
        return java.util.Objects.requireNonNull(stored);
    }

    /**
     * Marks a person's e-mail address as proven, as if they had used the link sent to it (the link itself is tested
     * in EmailOwnershipIntegrationTests): for tests about joining a second organisation in the app.
     */
    protected void proveEmailOf(java.util.UUID userId) {
        jdbc.sql("UPDATE users SET email_verified_at = created_at WHERE id = :id")
                .param("id", userId)
                .update();
    }

    @BeforeEach
    void fixtures() {
        clock.reset();
        fixtures = new Fixtures(port);
    }
}
