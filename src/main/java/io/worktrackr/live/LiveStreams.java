package io.worktrackr.live;

import io.worktrackr.identity.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        LiveClient client =
                engine.hub().subscribe(actor.organisationId(), actor.userId(), lastEventId, new EmitterSink(emitter));
        emitter.onCompletion(client::close);
        emitter.onTimeout(client::close);
        emitter.onError(e -> client.close());
        return emitter;
    }

    private static final MediaType EVENT_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private record EmitterSink(SseEmitter emitter) implements LiveClient.Sink {

        /** One write and one flush for all the frames, already encoded (the same text for every stream). */
        @Override
        public void send(List<Frame> frames) throws IOException {
            StringBuilder text = new StringBuilder();
            frames.forEach(frame -> text.append(frame.text()));
            emitter.send(Set.of(new ResponseBodyEmitter.DataWithMediaType(text.toString(), EVENT_TEXT)));
        }

        @Override
        public void close() {
            emitter.complete();
        }
    }
}
