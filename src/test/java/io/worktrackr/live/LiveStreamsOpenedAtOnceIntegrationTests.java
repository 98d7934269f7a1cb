package io.worktrackr.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.EventStream;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Many streams opened at once each hear the next event. The writers write a stream from their own threads; when
 * one's first write committed the response while the request's thread was still leaving the filter chain (security
 * headers, the session), both changed Tomcat's headers at once and the stream never got a frame (1,000 streams
 * opened together in bench/LiveBench.java: 713 heard nothing). A writer's tick every millisecond makes that window
 * likely here: without the fix this test fails every time on this machine.
 */
@TestPropertySource(properties = "worktrackr.live.flush-interval=1ms")
class LiveStreamsOpenedAtOnceIntegrationTests extends IntegrationTest {

    @Test
    void streamsOpenedAllAtOnceEachHearTheNextEvent() throws Exception {
        Org org = fixtures.organisation();
        Api api = org.admin.api();
        List<Callable<EventStream>> opens = Collections.nCopies(200, () -> api.stream("/api/live"));
        ExecutorService openers = Executors.newFixedThreadPool(50);
        List<EventStream> streams = new ArrayList<>();
        try {
            for (Future<EventStream> open : openers.invokeAll(opens)) {
                streams.add(open.get());
            }
            var ticket = org.ticket("Heard by every stream");
            for (EventStream stream : streams) {
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.next("ticket.created", Duration.ofSeconds(10))
                                .json()
                                .get("id")
                                .asString())
                        .isEqualTo(ticket.get("id").asString());
            }
        } finally {
            openers.shutdownNow();
            streams.forEach(EventStream::close);
        }
    }
}
