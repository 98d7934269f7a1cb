package io.worktrackr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A Server-Sent Events stream read by a real HTTP client, as a browser's EventSource would: a reader thread parses
 * frames into a queue; tests take them with bounded waits. Comment lines (heartbeats) are counted, not queued.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, name and JSON data. */
    public record Event(String id, String name, String data) {

        public JsonNode json() {
            return Api.JSON.readTree(data);
        }

        public String string(String path) {
            return Json.read(data, path, String.class);
        }
    }

    private static final Event END = new Event("", "", "");

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile int comments;
    private volatile boolean ended;

    EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    public int comments() {
        return comments;
    }

    /** The next event, waiting at most {@code within}; fails when none comes or the stream ends. */
    public Event next(Duration within) {
        Event event = poll(within);
        assertThat(event).as("an event within " + within).isNotNull();
        return event;
    }

    /** The next event whose name is {@code name} (others are skipped), waiting at most {@code within}. */
    public Event next(String name, Duration within) {
        return next(e -> e.name().equals(name), within, name);
    }

    public Event next(Predicate<Event> wanted, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left <= 0 ? null : poll(Duration.ofNanos(left));
            assertThat(event)
                    .as("event " + what + " within " + within + " (skipped: " + skipped + ")")
                    .isNotNull();
            if (wanted.test(event)) {
                return event;
            }
            skipped.add(event.name() + " " + event.data());
        }
    }

    /** Whatever arrived within {@code within} (for proving that nothing of a kind came). */
    public List<Event> drain(Duration within) {
        List<Event> all = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return all;
            }
            Event event = poll(Duration.ofNanos(left));
            if (event != null) {
                all.add(event);
            }
        }
    }

    public boolean ended() {
        return ended;
    }

    private Event poll(Duration within) {
        try {
            Event event = events.poll(within.toNanos(), TimeUnit.NANOSECONDS);
            if (event == END) {
                events.add(END);
                return null;
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = "";
            String name = "message";
            StringBuilder data = new StringBuilder();
            boolean any = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (any && !data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                    any = false;
                } else if (line.startsWith(":")) {
                    comments++;
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    any = true;
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                        default -> {}
                    }
                }
            }
        } catch (IOException e) {
            // closed by the test, or the server ended the stream
        } finally {
            ended = true;
            events.add(END);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
        reader.interrupt();
    }
}
