package io.worktrackr.live;

import java.util.List;
import java.util.function.Consumer;

/** One node (the embedded H2): events go straight to this node's engine, in the committing thread (non-blocking). */
final class InProcessLiveBus implements LiveBus {

    private final Consumer<LiveEvent> receiver;

    InProcessLiveBus(Consumer<LiveEvent> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void publish(List<LiveEvent> events) {
        events.forEach(receiver);
    }
}
