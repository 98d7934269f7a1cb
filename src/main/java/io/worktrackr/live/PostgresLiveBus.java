package io.worktrackr.live;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes on one PostgreSQL: {@code NOTIFY worktrackr_live} carries each event (JSON: kind, organisation,
 * recipient, ids; at most {@link #MAX_PAYLOAD} bytes, under PostgreSQL's 8000-byte limit) to every node, this one
 * included, which {@code LISTEN}s on a dedicated connection of its own (not from the pool).
 * <ul>
 * <li>Sending: committed events queue here (bounded) and one thread sends them in batches, one statement and one
 *     short transaction per batch on a pooled connection: no request waits for it.</li>
 * <li>Listening: one thread polls the connection for notifications and checks it every few seconds; when it breaks
 *     (the database went away), the thread reconnects with a back-off and then tells every stream of this node to
 *     {@code resync}: whatever was notified meanwhile never reached this node.</li>
 * </ul>
 */
final class PostgresLiveBus implements LiveBus, SmartLifecycle {

    static final String CHANNEL = "worktrackr_live";
    static final int MAX_PAYLOAD = 7900;

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveBus.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BATCH = 200;
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final DataSource dataSource;
    private final String url;
    private final Properties credentials;
    private final Consumer<LiveEvent> receiver;
    private final Runnable afterReconnect;
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(10_000);
    private final Object backOff = new Object();

    private volatile boolean running;
    private volatile boolean listening;
    private Thread sender = new Thread(() -> {});
    private Thread listener = new Thread(() -> {});

    PostgresLiveBus(
            DataSource dataSource,
            String url,
            String user,
            String password,
            Consumer<LiveEvent> receiver,
            Runnable afterReconnect) {
        this.dataSource = dataSource;
        this.url = url;
        this.credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // a connection that stops answering (a network cut without a reset) fails within this many seconds
        credentials.setProperty("socketTimeout", "20");
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("ApplicationName", "worktrackr-live");
        this.receiver = receiver;
        this.afterReconnect = afterReconnect;
    }

    @Override
    public void publish(List<LiveEvent> events) {
        for (LiveEvent event : events) {
            String payload = JSON.writeValueAsString(event);
            if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
                log.warn("Live event {} not sent: {} bytes is over the NOTIFY limit", event.kind(), payload.length());
            } else if (!outgoing.offer(payload)) {
                log.warn("Live event {} not sent: the send queue is full", event.kind());
            }
        }
    }

    /** True while the listening connection is up (tests wait for it). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        sender = new Thread(this::send, "live-notify");
        listener = new Thread(this::listen, "live-listen");
        sender.setDaemon(true);
        listener.setDaemon(true);
        sender.start();
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        sender.interrupt();
        synchronized (backOff) {
            backOff.notifyAll();
        }
        try {
            sender.join(2000);
            listener.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void send() {
        while (running) {
            List<String> batch = new ArrayList<>();
            try {
                String first = outgoing.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
                continue;
            }
            outgoing.drainTo(batch, MAX_BATCH - 1);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL
                            + "', p) FROM unnest(?) WITH ORDINALITY AS t(p, n) ORDER BY n")) {
                notify.setArray(1, connection.createArrayOf("text", batch.toArray()));
                notify.executeQuery().close();
            } catch (SQLException | RuntimeException e) {
                log.warn("{} live events not sent (the database is out of reach?): {}", batch.size(), e.toString());
            }
        }
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (lost) {
                    log.info("Live updates: listening again; every stream of this node resyncs");
                    afterReconnect.run();
                    lost = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!lost) {
                    log.warn("Live updates: lost the listening connection, reconnecting: {}", e.toString());
                }
                lost = true;
                synchronized (backOff) {
                    try {
                        backOff.wait(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
        listening = false;
    }

    private void receive(String payload) {
        try {
            receiver.accept(JSON.readValue(payload, LiveEvent.class));
        } catch (RuntimeException e) {
            log.warn("Live event not understood, ignored: {}", e.toString());
        }
    }
}
