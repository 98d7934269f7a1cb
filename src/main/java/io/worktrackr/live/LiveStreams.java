package io.worktrackr.live;

import io.worktrackr.identity.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens an actor's event stream in their acting organisation. The stream is a servlet async response
 * ({@link SseEmitter}): no request thread waits on it; frames are written by the hub's writer pool.
 */
@Service
public class LiveStreams {

    private final LiveEngine engine;
    private final LiveProperties properties;

    LiveStreams(LiveEngine engine, LiveProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    public SseEmitter open(Actor actor, @Nullable String lastEventId) {
        SseEmitter emitter = new SseEmitter(properties.streamLifetime().toMillis());
        // The response must be committed by the request's own thread: the hub's writers write from theirs, and a write
        // that commits while this thread is still in the filter chain (security headers, session cookie) races on the
        // response's headers (Tomcat's header array; seen as streams that never got a frame, opening 1,000 at once).
        // A send before the emitter is returned is held by Spring and flushed while the return value is handled, here.
        try {
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not written yet, only held: cannot fail on the network
        }
        LiveClient client =
                engine.hub().subscribe(actor.organisationId(), actor.userId(), lastEventId, new EmitterSink(emitter));
        emitter.onCompletion(client::close);
        emitter.onTimeout(client::close);
        emitter.onError(e -> client.close());
        return emitter;
    }

    private record EmitterSink(SseEmitter emitter) implements LiveClient.Sink {

        /**
         * One write and one flush for all the frames, as the bytes they were encoded to once for every stream: written
         * as they are (Spring's byte-array converter), not re-encoded per stream. At a thousand streams, Spring's string
         * converter (the same text joined and turned into UTF-8 for each) took 0.4 ms per change of the writers' 2.65
         * (perf, bench/results/2026-12-02-live-throughput.md).
         */
        @Override
        public void send(List<Frame> frames) throws IOException {
            emitter.send(
                    Set.of(new ResponseBodyEmitter.DataWithMediaType(bytesOf(frames), MediaType.TEXT_EVENT_STREAM)));
        }

        private static byte[] bytesOf(List<Frame> frames) {
            if (frames.size() == 1) {
                return frames.get(0).utf8();
            }
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            frames.forEach(frame -> joined.writeBytes(frame.utf8()));
            return joined.toByteArray();
        }

        @Override
        public void close() {
            emitter.complete();
        }
    }
}
