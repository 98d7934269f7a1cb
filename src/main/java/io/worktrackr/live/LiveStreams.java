package io.worktrackr.live;

import io.worktrackr.identity.Actor;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
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
        LiveClient client =
                engine.hub().subscribe(actor.organisationId(), actor.userId(), lastEventId, new EmitterSink(emitter));
        emitter.onCompletion(client::close);
        emitter.onTimeout(client::close);
        emitter.onError(e -> client.close());
        return emitter;
    }

    private record EmitterSink(SseEmitter emitter) implements LiveClient.Sink {

        @Override
        public void send(Frame frame) throws IOException {
            SseEmitter.SseEventBuilder event = SseEmitter.event();
            if (frame.retry() != null) {
                event.reconnectTime(frame.retry());
            }
            if (frame.comment() != null) {
                event.comment(frame.comment());
            }
            if (frame.id() != null) {
                event.id(frame.id());
            }
            if (frame.event() != null) {
                event.name(frame.event());
            }
            if (frame.data() != null) {
                event.data(frame.data(), MediaType.TEXT_PLAIN);
            }
            emitter.send(event);
        }

        @Override
        public void close() {
            emitter.complete();
        }
    }
}
